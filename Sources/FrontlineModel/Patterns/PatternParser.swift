/// Reads an ICU regular expression into a ``PatternSyntax`` tree: groups of every kind, look-around,
/// inline flags (`(?i)`, `(?s)`, `(?x)`, scoped `(?i:…)`), classes, escapes, back-references, and greedy,
/// lazy and possessive quantifiers.
///
/// ```swift
/// let tree = try PatternParser.parse(#"\b(3|three) days"#)
/// tree.requiredLiterals  // any of "3 days", "three days"
/// ```
public struct PatternParser {
  /// Why a pattern could not be read; the offset is in Unicode scalars.
  public struct Failure: Error, Sendable, Equatable {
    /// Where in the pattern reading stopped, in Unicode scalars.
    public let offset: Int
    /// What was wrong there.
    public let reason: String
  }

  /// Groups nested deeper than this are refused (ICU allows them, but no authored pattern needs them).
  static let maximumDepth = 200

  let scalars: [Unicode.Scalar]
  var index = 0

  /// The tree of `pattern`, or a ``Failure`` when it is not a regular expression this reader knows.
  public static func parse(_ pattern: String) throws(Failure) -> PatternSyntax {
    var parser = PatternParser(scalars: Array(pattern.unicodeScalars))
    var flags = PatternFlags()
    let tree = try parser.parseAlternation(flags: &flags, depth: 0)
    guard parser.index == parser.scalars.count else { throw parser.failure("unbalanced ')'") }
    return tree
  }

  private init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

  var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

  func failure(_ reason: String) -> Failure { Failure(offset: index, reason: reason) }

  /// Branches up to the `)` that closes the group, or the end. Flags set inline stay set to its end.
  mutating func parseAlternation(flags: inout PatternFlags, depth: Int) throws(Failure) -> PatternSyntax {
    guard depth < Self.maximumDepth else { throw failure("groups nested too deeply") }
    var branches = [try parseConcatenation(flags: &flags, depth: depth)]
    while current == "|" {
      index += 1
      branches.append(try parseConcatenation(flags: &flags, depth: depth))
    }
    return branches.count == 1 ? branches[0] : .alternation(branches)
  }

  private mutating func parseConcatenation(flags: inout PatternFlags, depth: Int) throws(Failure)
    -> PatternSyntax
  {
    var items: [PatternSyntax] = []
    while true {
      skipIgnored(flags)
      guard let scalar = current, scalar != "|", scalar != ")" else { break }
      let start = index
      guard let atom = try parseAtom(flags: &flags, depth: depth) else { continue }
      items.append(try parseQuantifiers(atom, from: start, flags: flags))
    }
    return items.count == 1 ? items[0] : .concatenation(items)
  }

  /// Any quantifiers after an atom, each wrapping what came before (`a{2}?` is one, `(?:a+){2}` two).
  private mutating func parseQuantifiers(_ atom: PatternSyntax, from start: Int, flags: PatternFlags)
    throws(Failure) -> PatternSyntax
  {
    var node = atom
    while true {
      skipIgnored(flags)
      let bounds: (min: Int, max: Int?)
      switch current {
      case "?": bounds = (0, 1)
      case "*": bounds = (0, nil)
      case "+": bounds = (1, nil)
      case "{":
        guard let counted = parseInterval() else { return node }
        bounds = counted
      default: return node
      }
      index += 1  // past `?`, `*`, `+` or the interval's `}`
      if current == "?" || current == "+" { index += 1 }  // lazy or possessive: the same strings
      node = .repetition(node, min: bounds.min, max: bounds.max, span: start..<index)
    }
  }

  /// Reads `{n}`, `{n,}` or `{n,m}`, leaving `index` on its `}`; `nil` (and no move) when it is not one.
  private mutating func parseInterval() -> (min: Int, max: Int?)? {
    let start = index
    index += 1
    func number() -> Int? {
      var value: Int?
      while let scalar = current, ("0"..."9").contains(scalar) {
        value = min((value ?? 0) * 10 + Int(scalar.value - 48), 1_000_000)
        index += 1
      }
      return value
    }
    guard let low = number() else {
      index = start
      return nil
    }
    var high: Int? = low
    if current == "," {
      index += 1
      high = number()
    }
    guard current == "}" else {
      index = start
      return nil
    }
    return (low, high)
  }

  /// One atom; `nil` for what matches nothing and is no atom: a flag group such as `(?i)`, a comment.
  private mutating func parseAtom(flags: inout PatternFlags, depth: Int) throws(Failure) -> PatternSyntax? {
    let scalar = scalars[index]
    index += 1
    switch scalar {
    case ".": return .scalarSet(members: nil, caseInsensitive: false)
    case "^", "$": return .assertion
    case "(": return try parseGroup(flags: &flags, depth: depth)
    case "[": return try parseSet(flags: flags)
    case "\\": return try parseEscape(flags: flags)
    case "*", "+", "?": throw failure("a quantifier with nothing to repeat")
    default: return .literal(scalar, caseInsensitive: flags.caseInsensitive)
    }
  }

  /// After `(`: a group, a look-around, a comment or a flag group.
  private mutating func parseGroup(flags: inout PatternFlags, depth: Int) throws(Failure) -> PatternSyntax? {
    var inner = flags
    var make: (PatternSyntax) -> PatternSyntax = { .group($0) }
    if current == "?" {
      index += 1
      switch current {
      case ":", ">": index += 1
      case "=", "!":
        let positive = current == "="
        index += 1
        make = { .lookaround($0, positive: positive) }
      case "<" where index + 1 < scalars.count && (scalars[index + 1] == "=" || scalars[index + 1] == "!"):
        let positive = scalars[index + 1] == "="
        index += 2
        make = { .lookaround($0, positive: positive) }
      case "<":
        while let scalar = current, scalar != ">" { index += 1 }
        guard current == ">" else { throw failure("an unfinished group name") }
        index += 1
      case "#":
        while let scalar = current, scalar != ")" { index += 1 }
        guard current == ")" else { throw failure("an unfinished comment") }
        index += 1
        return nil
      default:
        var letters: [Unicode.Scalar] = []
        while let scalar = current, scalar != ")", scalar != ":" {
          letters.append(scalar)
          index += 1
        }
        guard let changed = flags.applying(letters), let end = current else {
          throw failure("an unknown group or flag")
        }
        index += 1
        if end == ")" {
          flags = changed  // `(?i)`: to the end of the enclosing group
          return nil
        }
        inner = changed
      }
    }
    let content = try parseAlternation(flags: &inner, depth: depth + 1)
    guard current == ")" else { throw failure("an unclosed group") }
    index += 1
    return make(content)
  }

  /// Skips white space and `#` comments under `(?x)`.
  mutating func skipIgnored(_ flags: PatternFlags) {
    guard flags.freeSpacing else { return }
    while let scalar = current {
      if scalar.properties.isWhitespace {
        index += 1
      } else if scalar == "#" {
        while let next = current, next != "\n" { index += 1 }
      } else {
        return
      }
    }
  }
}
