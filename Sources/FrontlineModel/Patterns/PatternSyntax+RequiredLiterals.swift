extension PatternSyntax {
  /// Exact sets larger than this are turned into requirements, so that alternations of alternations do not
  /// multiply without end.
  static let maximumExactStrings = 16

  /// What every match of the pattern contains, derived from the tree: literal runs, joined across
  /// groups of alternatives (`\b(3|three) days` needs "3 days" or "three days"), positive look-arounds,
  /// and the branches of an alternation. Under `(?i)` only letters whose case cannot vary in a
  /// normalised reply are kept (caseless scripts such as Japanese, ASCII but `s`, which `ß` folds to).
  public var requiredLiterals: LiteralRequirement { knowledge.requirement }

  /// What a node says about the strings it matches.
  private struct Knowledge {
    /// Every match is one of these strings; `nil` when that is not known or too many.
    var exact: [String]?
    /// What holds of every match besides.
    var required: LiteralRequirement

    var requirement: LiteralRequirement {
      .all(of: [required, exact.map(LiteralRequirement.anyString) ?? .always])
    }

    static let empty = Knowledge(exact: [""], required: .always)
    static let unknown = Knowledge(exact: nil, required: .always)
  }

  private var knowledge: Knowledge {
    switch self {
    case .literal(let scalar, let caseInsensitive):
      return Self.isLiteral(scalar, caseInsensitive)
        ? Knowledge(exact: [String(scalar)], required: .always) : .unknown
    case .scalarSet(let members, let caseInsensitive):
      guard let members, members.allSatisfy({ Self.isLiteral($0, caseInsensitive) }) else { return .unknown }
      return Knowledge(exact: members.map { String($0) }, required: .always)
    case .assertion:
      return .empty
    case .lookaround(let content, let positive):
      return Knowledge(exact: [""], required: positive ? content.requiredLiterals : .always)
    case .backReference:
      return .unknown
    case .group(let content):
      return content.knowledge
    case .concatenation(let items):
      return Self.concatenate(items.map(\.knowledge))
    case .alternation(let branches):
      let known = branches.map(\.knowledge)
      let union = known.reduce([String]?([])) { sum, next in
        next.exact.flatMap { exact in sum.map { $0 + exact } }
      }
      if let union, Set(union).count <= Self.maximumExactStrings {
        var seen: Set<String> = []
        return Knowledge(
          exact: union.filter { seen.insert($0).inserted }, required: .any(of: known.map(\.required)))
      }
      return Knowledge(exact: nil, required: .any(of: known.map(\.requirement)))
    case .repetition(let content, let min, let max, _):
      let inner = content.knowledge
      if min == 0 {
        guard max == 1, let exact = inner.exact else { return .unknown }
        return Knowledge(exact: exact.contains("") ? exact : exact + [""], required: .always)
      }
      let copies = inner.exact.flatMap { Self.power($0, min) }
      if min == max, let copies { return Knowledge(exact: copies, required: inner.required) }
      // At least `min` copies one after another.
      guard let copies else { return Knowledge(exact: nil, required: inner.requirement) }
      return Knowledge(exact: nil, required: .all(of: [inner.required, .anyString(copies)]))
    }
  }

  /// Items one after another: runs of exact items join into longer strings.
  private static func concatenate(_ items: [Knowledge]) -> Knowledge {
    var run = [""]
    var whole = true
    var required: [LiteralRequirement] = []
    for item in items {
      required.append(item.required)
      guard let exact = item.exact else {
        required.append(.anyString(run))
        run = [""]
        whole = false
        continue
      }
      let joined = product(run, exact)
      if joined.count <= maximumExactStrings {
        run = joined
      } else {
        required.append(.anyString(run))
        run = exact
        whole = false
      }
    }
    if whole { return Knowledge(exact: run, required: .all(of: required)) }
    required.append(.anyString(run))
    return Knowledge(exact: nil, required: .all(of: required))
  }

  /// `count` copies of `strings` one after another; `nil` when that makes too many strings or too long.
  private static func power(_ strings: [String], _ count: Int) -> [String]? {
    var result = [""]
    for _ in 0..<count {
      result = product(result, strings)
      if result.count > maximumExactStrings || result.contains(where: { $0.unicodeScalars.count > 64 }) {
        return nil
      }
    }
    return result
  }

  private static func product(_ left: [String], _ right: [String]) -> [String] {
    var seen: Set<String> = []
    var result: [String] = []
    for first in left {
      for second in right where seen.insert(first + second).inserted { result.append(first + second) }
    }
    return result
  }

  /// Whether a pattern scalar can be required as itself in a normalised (lower-cased, NFKC) reply.
  /// Under `(?i)` ICU folds case fully (`ss` matches `ß`, `σ` matches `ς`), so only scalars whose case
  /// cannot vary are.
  private static func isLiteral(_ scalar: Unicode.Scalar, _ caseInsensitive: Bool) -> Bool {
    guard caseInsensitive else { return true }
    if scalar.isASCII { return scalar != "s" && scalar != "S" }
    let properties = scalar.properties
    return !properties.changesWhenCaseMapped && !properties.changesWhenCaseFolded
      && properties.generalCategory != .nonspacingMark
  }
}
