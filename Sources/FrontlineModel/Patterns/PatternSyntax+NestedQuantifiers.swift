extension PatternSyntax {
  /// Repetitions that repeat something which itself varies in length, such as `(a+)+`, `(a*)*` or
  /// `(\w+\s?)+`: a backtracking engine may try exponentially many ways to split a text among them.
  /// Each is given by its span in the pattern, in Unicode scalars, outermost first. Quantifiers inside a
  /// look-around do not count for the repetition around it (a look-around matches once, at one place),
  /// but a look-around's own content is searched.
  public var nestedQuantifiers: [Range<Int>] {
    var found: [Range<Int>] = []
    collectNested(into: &found)
    return found
  }

  private func collectNested(into found: inout [Range<Int>]) {
    switch self {
    case .literal, .scalarSet, .assertion, .backReference: break
    case .lookaround(let content, _), .group(let content): content.collectNested(into: &found)
    case .concatenation(let items), .alternation(let items):
      for item in items { item.collectNested(into: &found) }
    case .repetition(let content, _, let max, let span):
      if max.map({ $0 > 1 }) ?? true, content.hasVariableRepetition { found.append(span) }
      content.collectNested(into: &found)
    }
  }

  /// Whether a repetition of varying count stands in this node, outside any look-around.
  private var hasVariableRepetition: Bool {
    switch self {
    case .literal, .scalarSet, .assertion, .backReference, .lookaround: false
    case .group(let content): content.hasVariableRepetition
    case .concatenation(let items), .alternation(let items): items.contains { $0.hasVariableRepetition }
    case .repetition(let content, let min, let max, _): min != max || content.hasVariableRepetition
    }
  }
}
