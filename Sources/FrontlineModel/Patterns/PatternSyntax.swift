/// The syntax tree of an authored regular expression (ICU syntax), as far as Frontline reasons about
/// patterns: which literals every match contains, and which repetitions nest.
///
/// It is read by ``PatternParser``. Classes, escapes such as `\d` or `\p{L}`, and back-references keep
/// only what that reasoning needs; ICU itself runs the pattern.
public indirect enum PatternSyntax: Sendable, Equatable {
  /// One scalar matched as written, or under `(?i)` in any case.
  case literal(Unicode.Scalar, caseInsensitive: Bool)
  /// A scalar from a set: `.`, `[…]`, `\d`, `\p{L}`. `members` lists the set when it is a short list of
  /// literals (`[- ]`), else `nil`.
  case scalarSet(members: [Unicode.Scalar]?, caseInsensitive: Bool)
  /// A zero-width assertion: `^`, `$`, `\b`, `\B`, `\A`, `\z`, `\Z`, `\G`.
  case assertion
  /// A look-ahead or look-behind, `(?=…)`, `(?!…)`, `(?<=…)`, `(?<!…)`.
  case lookaround(PatternSyntax, positive: Bool)
  /// `\1`, `\k<name>`: the text a group matched.
  case backReference
  /// A group of any kind that matches what its content matches: `(…)`, `(?:…)`, `(?>…)`, `(?<name>…)`.
  case group(PatternSyntax)
  /// Items matched one after another.
  case concatenation([PatternSyntax])
  /// Branches, one of which matches.
  case alternation([PatternSyntax])
  /// `?`, `*`, `+`, `{n,m}` (greedy, lazy or possessive); `max` is `nil` when unbounded. `span` is
  /// where the repetition stands in the pattern, in Unicode scalars.
  case repetition(PatternSyntax, min: Int, max: Int?, span: Range<Int>)
}
