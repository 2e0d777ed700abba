/// What a text must contain for a pattern to have any chance of matching it: a condition on literal
/// strings, so that a text lacking them is rejected without running the regular expression.
public indirect enum LiteralRequirement: Sendable, Equatable {
  /// Nothing can be required: every text is worth trying.
  case always
  /// The text contains this string.
  case contains(String)
  /// Every one of these holds.
  case all([LiteralRequirement])
  /// At least one of these holds.
  case any([LiteralRequirement])

  /// The conjunction, simplified: `always` parts dropped, nested conjunctions flattened.
  static func all(of parts: [LiteralRequirement]) -> LiteralRequirement {
    var flat: [LiteralRequirement] = []
    for part in parts {
      switch part {
      case .always: continue
      case .all(let inner): flat += inner
      default: if !flat.contains(part) { flat.append(part) }
      }
    }
    return flat.isEmpty ? .always : flat.count == 1 ? flat[0] : .all(flat)
  }

  /// The disjunction, simplified: `always` if any part is, nested disjunctions flattened.
  static func any(of parts: [LiteralRequirement]) -> LiteralRequirement {
    var flat: [LiteralRequirement] = []
    for part in parts {
      switch part {
      case .always: return .always
      case .any(let inner): flat += inner
      default: if !flat.contains(part) { flat.append(part) }
      }
    }
    return flat.isEmpty ? .always : flat.count == 1 ? flat[0] : .any(flat)
  }

  /// One of the strings; `always` if one is empty (every text contains it).
  static func anyString(_ strings: [String]) -> LiteralRequirement {
    strings.contains("") ? .always : any(of: strings.map(LiteralRequirement.contains))
  }

  /// The same condition with each string changed by `transform`; a string it makes empty holds always.
  public func mapStrings(_ transform: (String) -> String) -> LiteralRequirement {
    switch self {
    case .always: .always
    case .contains(let string): transform(string).isEmpty ? .always : .contains(transform(string))
    case .all(let parts): .all(of: parts.map { $0.mapStrings(transform) })
    case .any(let parts): .any(of: parts.map { $0.mapStrings(transform) })
    }
  }

  /// Every string the condition names, once each, in order of first appearance.
  public var strings: [String] {
    var seen: Set<String> = []
    var result: [String] = []
    func visit(_ requirement: LiteralRequirement) {
      switch requirement {
      case .always: break
      case .contains(let string): if seen.insert(string).inserted { result.append(string) }
      case .all(let parts), .any(let parts): parts.forEach(visit)
      }
    }
    visit(self)
    return result
  }

  /// Whether the condition holds when `contains` says which strings the text contains.
  public func holds(_ contains: (String) -> Bool) -> Bool {
    switch self {
    case .always: true
    case .contains(let string): contains(string)
    case .all(let parts): parts.allSatisfy { $0.holds(contains) }
    case .any(let parts): parts.contains { $0.holds(contains) }
    }
  }
}
