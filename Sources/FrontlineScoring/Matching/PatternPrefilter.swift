import FrontlineModel

/// The literals a pattern's matches must contain, read from its parsed tree
/// (``PatternSyntax/requiredLiterals``) and normalised as replies are, so that a reply lacking them is
/// rejected without running the regular expression.
struct PatternPrefilter: Sendable {
  /// A condition on the literals, by their index in ``literals``.
  indirect enum Gate: Sendable, Equatable {
    case always
    case literal(Int)
    case all([Gate])
    case any([Gate])
  }

  /// The literals, normalised; each is found anywhere in a reply, word boundaries or not.
  let literals: [[Unicode.Scalar]]
  let gate: Gate

  /// The prefilter of a pattern; one that admits every reply when the pattern cannot be read.
  init(_ pattern: String) {
    let requirement = ((try? PatternParser.parse(pattern))?.requiredLiterals ?? .always)
      .mapStrings { String(String.UnicodeScalarView(TextNormalizer.normalizePhrase($0))) }
    let strings = requirement.strings
    literals = strings.map { Array($0.unicodeScalars) }
    let index = Dictionary(uniqueKeysWithValues: strings.enumerated().map { ($0.element, $0.offset) })
    func gate(_ requirement: LiteralRequirement) -> Gate {
      switch requirement {
      case .always: .always
      case .contains(let string): .literal(index[string]!)
      case .all(let parts): .all(parts.map(gate))
      case .any(let parts): .any(parts.map(gate))
      }
    }
    self.gate = gate(requirement)
  }

  /// Whether a reply may match, given which literals (by index) it contains.
  func admits(_ contains: (Int) -> Bool) -> Bool { Self.holds(gate, contains) }

  private static func holds(_ gate: Gate, _ contains: (Int) -> Bool) -> Bool {
    switch gate {
    case .always: true
    case .literal(let index): contains(index)
    case .all(let parts): parts.allSatisfy { holds($0, contains) }
    case .any(let parts): parts.contains { holds($0, contains) }
    }
  }
}
