/// Parses the common subset of ICU regular expressions: literals, `.`, classes, `\d \w \s \b` and
/// their negations, groups, alternation, greedy and lazy quantifiers, `^` and `$`. Anything else
/// (look-around, back-references, flags, possessive quantifiers, properties) is refused, and the
/// pattern runs on ICU instead.
struct RegexParser {
  /// The pattern uses syntax outside the subset.
  struct Unsupported: Error {}

  private let scalars: [Unicode.Scalar]
  private var index = 0

  static func parse(_ pattern: String) throws(Unsupported) -> RegexNode {
    var parser = RegexParser(scalars: Array(pattern.unicodeScalars))
    let node = try parser.parseAlternation(depth: 0)
    guard parser.index == parser.scalars.count else { throw Unsupported() }
    return node
  }

  private init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

  private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

  private mutating func parseAlternation(depth: Int) throws(Unsupported) -> RegexNode {
    guard depth < 32 else { throw Unsupported() }
    var branches = [try parseConcat(depth: depth)]
    while current == "|" {
      index += 1
      branches.append(try parseConcat(depth: depth))
    }
    return branches.count == 1 ? branches[0] : .alternation(branches)
  }

  private mutating func parseConcat(depth: Int) throws(Unsupported) -> RegexNode {
    var items: [RegexNode] = []
    while let scalar = current, scalar != "|", scalar != ")" {
      let atom = try parseAtom(depth: depth)
      items.append(try parseQuantifier(atom))
    }
    return items.count == 1 ? items[0] : items.isEmpty ? .empty : .concat(items)
  }

  private mutating func parseQuantifier(_ atom: RegexNode) throws(Unsupported) -> RegexNode {
    var bounds: (Int, Int?)
    switch current {
    case "?": bounds = (0, 1)
    case "*": bounds = (0, nil)
    case "+": bounds = (1, nil)
    case "{":
      guard let counted = parseCount() else { return atom }
      bounds = counted
      index -= 1
    default: return atom
    }
    index += 1
    var greedy = true
    if current == "?" {
      greedy = false
      index += 1
    } else if current == "+" {
      throw Unsupported()  // possessive
    }
    if case .wordBoundary = atom { throw Unsupported() }
    if let max = bounds.1, max < bounds.0 { throw Unsupported() }
    if bounds.0 > 50 || (bounds.1 ?? 0) > 50 { throw Unsupported() }
    return .repetition(atom, min: bounds.0, max: bounds.1, greedy: greedy)
  }

  /// Reads `{n}`, `{n,}` or `{n,m}`, leaving `index` just past `}`; `nil` (and no move) otherwise.
  private mutating func parseCount() -> (Int, Int?)? {
    let start = index
    index += 1
    func number() -> Int? {
      var value: Int?
      while let scalar = current, scalar.value >= 48, scalar.value <= 57 {
        value = (value ?? 0) * 10 + Int(scalar.value - 48)
        if value! > 1000 { return nil }
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
    index += 1
    return (low, high)
  }

  private mutating func parseAtom(depth: Int) throws(Unsupported) -> RegexNode {
    let scalar = scalars[index]
    index += 1
    switch scalar {
    case ".": return .any
    case "^": return .start
    case "$": return .end
    case "(":
      if current == "?" {
        guard index + 1 < scalars.count, scalars[index + 1] == ":" else { throw Unsupported() }
        index += 2
      }
      let inner = try parseAlternation(depth: depth + 1)
      guard current == ")" else { throw Unsupported() }
      index += 1
      return inner
    case "[": return .set(try parseSet())
    case "\\": return try parseEscape(inSet: false).node
    case "*", "+", "?", "{", ")": throw Unsupported()
    default: return .scalar(scalar)
    }
  }

  private enum Escape {
    case scalar(Unicode.Scalar)
    case kind(ScalarSet.ClassKind)
    case boundary(Bool)

    var node: RegexNode {
      switch self {
      case .scalar(let scalar): .scalar(scalar)
      case .boundary(let flag): .wordBoundary(flag)
      case .kind(let kind):
        {
          var set = ScalarSet()
          set.classes = [kind]
          set.finish()
          return .set(set)
        }()
      }
    }
  }

  private mutating func parseEscape(inSet: Bool) throws(Unsupported) -> Escape {
    guard let scalar = current else { throw Unsupported() }
    index += 1
    switch scalar {
    case "d": return .kind(.digit)
    case "D": return .kind(.notDigit)
    case "w": return .kind(.word)
    case "W": return .kind(.notWord)
    case "s": return .kind(.space)
    case "S": return .kind(.notSpace)
    case "b" where !inSet: return .boundary(true)
    case "B" where !inSet: return .boundary(false)
    case "t": return .scalar("\t")
    case "n": return .scalar("\n")
    case "r": return .scalar("\r")
    default:
      // Escaped punctuation is literal; escaped letters and digits mean something this subset lacks.
      if scalar.properties.isAlphabetic || RegexClasses.isDigit(scalar) { throw Unsupported() }
      return .scalar(scalar)
    }
  }

  private mutating func parseSet() throws(Unsupported) -> ScalarSet {
    var set = ScalarSet()
    if current == "^" {
      set.negated = true
      index += 1
    }
    var first = true
    while true {
      guard let scalar = current else { throw Unsupported() }
      if scalar == "]" && !first { break }
      first = false
      index += 1
      var low: Unicode.Scalar
      // Nested sets and set operations (&&, --) are beyond this subset.
      if scalar == "[" || ((scalar == "&" || scalar == "-") && current == scalar) { throw Unsupported() }
      if scalar == "\\" {
        switch try parseEscape(inSet: true) {
        case .kind(let kind):
          set.classes.append(kind)
          continue
        case .scalar(let literal): low = literal
        case .boundary: throw Unsupported()
        }
      } else {
        low = scalar
      }
      if current == "-", index + 1 < scalars.count, scalars[index + 1] != "]" {
        index += 1
        guard var high = current else { throw Unsupported() }
        index += 1
        if high == "\\" {
          guard case .scalar(let literal) = try parseEscape(inSet: true) else { throw Unsupported() }
          high = literal
        }
        guard low.value <= high.value else { throw Unsupported() }
        set.ranges.append(low.value...high.value)
      } else {
        set.ranges.append(low.value...low.value)
      }
    }
    index += 1
    set.finish()
    return set
  }
}
