/// Patterns run together over normalised replies the way a scorecard runs its pattern criteria: one
/// scan for every pattern's literals, then each pattern that its prefilter admits. For measuring what
/// the prefilter saves and what patterns cost (`frontline-bench patterns`).
package struct PatternBatch: Sendable {
  /// Whether the literal prefilter gates the patterns.
  package enum Path: String, CaseIterable, Sendable {
    /// Run only where the literals of the parsed pattern occur.
    case prefiltered
    /// Run on every reply.
    case unfiltered
  }

  private let patterns: [CompiledPattern]
  private let path: Path
  private let matcher: PhraseMatcher
  /// Per pattern, the phrase of each of its prefilter's literals.
  private let literalPhrases: [[Int]]

  /// Compiles `patterns` for `path`; throws when ICU refuses one.
  package init(_ patterns: [String], path: Path) throws {
    self.patterns = try patterns.map { try CompiledPattern($0) }
    self.path = path
    var phrases: [Phrase] = []
    literalPhrases = self.patterns.map { pattern in
      pattern.prefilter.literals.map { scalars in
        phrases.append(Phrase(literal: scalars))
        return phrases.count - 1
      }
    }
    matcher = PhraseMatcher(phrases: path == .prefiltered ? phrases : [])
  }

  /// How many (pattern, reply) pairs match, and how many ran out of their budget.
  package func matches(in replies: [NormalizedText]) -> (matched: Int, overBudget: Int) {
    var matched = 0
    var overBudget = 0
    var seen = [Bool](repeating: false, count: matcher.phrases.count)
    for reply in replies {
      var literals: [(phrase: Int, start: Int)] = []
      if path == .prefiltered {
        _ = matcher.matches(in: reply.scalars, literals: &literals, literalsOnly: true)
        for literal in literals { seen[literal.phrase] = true }
      }
      var utf16: [UInt16]?
      for (index, pattern) in patterns.enumerated() {
        let phrases = literalPhrases[index]
        let admitted = path == .unfiltered || pattern.prefilter.admits({ seen[phrases[$0]] })
        if admitted && utf16 == nil { utf16 = reply.utf16 }
        switch pattern.outcome(admitted: admitted, in: utf16 ?? []) {
        case .matched: matched += 1
        case .notMatched: break
        case .overBudget: overBudget += 1
        }
      }
      for literal in literals { seen[literal.phrase] = false }
    }
    return (matched, overBudget)
  }

  /// The budget every match has, in ICU's time-limit units.
  package static var budget: Int32 { ICURegex.defaultBudget }

  /// The smallest budget (a power of two, in ICU's time-limit units) with which `pattern` finishes on
  /// `text`; `nil` when even `limit` is not enough.
  package static func budgetNeeded(_ pattern: String, on text: NormalizedText, limit: Int32 = 1 << 16) throws
    -> Int32?
  {
    let utf16 = text.utf16
    var budget: Int32 = 1
    while budget <= limit {
      if try CompiledPattern(pattern, budget: budget).firstMatch(in: utf16) != .overBudget { return budget }
      budget *= 2
    }
    return nil
  }
}
