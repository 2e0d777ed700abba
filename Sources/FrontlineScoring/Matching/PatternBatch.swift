/// Patterns run together over normalised replies the way a scorecard runs its pattern criteria: one
/// scan for every pattern's literals, then each pattern that its literals admit. For measuring the ways a
/// pattern can be run (`frontline-bench patterns`).
package struct PatternBatch: Sendable {
  /// How a pattern is run.
  package enum Path: String, CaseIterable, Sendable {
    /// Frontline's own machine where the pattern is within its subset, ICU otherwise, each gated by the
    /// literals found by scanning the pattern's text.
    case current
    /// ICU for every pattern, gated by the literals of the parsed pattern.
    case icuPrefiltered
    /// ICU for every pattern and every reply.
    case icuUnfiltered
  }

  private let patterns: [CompiledPattern]
  private let path: Path
  private let matcher: PhraseMatcher
  /// Per pattern, the phrases of its literals: requirements and starts on the current path, the
  /// prefilter's literals on the parsed one.
  private let requirementPhrases: [[[[Int]]]]
  private let startPhrases: [[Int]]
  private let prefilterPhrases: [[Int]]

  /// Compiles `patterns` for `path`; throws when ICU refuses one.
  package init(_ patterns: [String], path: Path) throws {
    self.patterns = try patterns.map(CompiledPattern.init)
    self.path = path
    var phrases: [Phrase] = []
    func add(_ scalars: [Unicode.Scalar]) -> Int {
      phrases.append(Phrase(literal: scalars))
      return phrases.count - 1
    }
    var requirements: [[[[Int]]]] = []
    var starts: [[Int]] = []
    var prefilters: [[Int]] = []
    for pattern in self.patterns {
      switch path {
      case .current:
        requirements.append(pattern.requirements.map { $0.map { $0.map(add) } })
        starts.append((pattern.program?.prefixes ?? []).map(add))
        prefilters.append([])
      case .icuPrefiltered:
        requirements.append([])
        starts.append([])
        prefilters.append(pattern.prefilter.literals.map(add))
      case .icuUnfiltered:
        requirements.append([])
        starts.append([])
        prefilters.append([])
      }
    }
    requirementPhrases = requirements
    startPhrases = starts
    prefilterPhrases = prefilters
    matcher = PhraseMatcher(phrases: phrases)
  }

  /// How many (pattern, reply) pairs match.
  package func matches(in replies: [NormalizedText]) -> Int {
    var count = 0
    var seen = [Bool](repeating: false, count: matcher.phrases.count)
    for reply in replies {
      var literals: [(phrase: Int, start: Int)] = []
      if path != .icuUnfiltered {
        _ = matcher.matches(in: reply.scalars, literals: &literals, literalsOnly: true)
      }
      for literal in literals { seen[literal.phrase] = true }
      var string: String?
      for (index, pattern) in patterns.enumerated() {
        switch path {
        case .current:
          let requirements = requirementPhrases[index]
          let runs =
            requirements.isEmpty
            || requirements.contains { branch in branch.allSatisfy { factor in factor.contains { seen[$0] } }
            }
          guard runs else { continue }
          let starts = startPhrases[index]
          var positions: [Int] = []
          if !starts.isEmpty {
            for literal in literals where starts.contains(literal.phrase) { positions.append(literal.start) }
            positions.sort()
          }
          if pattern.program == nil, string == nil { string = reply.string }
          if pattern.firstMatch(in: reply, starts: positions, string: string ?? "") != nil { count += 1 }
        case .icuPrefiltered:
          let phrases = prefilterPhrases[index]
          guard pattern.prefilter.admits({ seen[phrases[$0]] }) else { continue }
          if string == nil { string = reply.string }
          if pattern.icuFirstMatch(in: string!) != nil { count += 1 }
        case .icuUnfiltered:
          if string == nil { string = reply.string }
          if pattern.icuFirstMatch(in: string!) != nil { count += 1 }
        }
      }
      for literal in literals { seen[literal.phrase] = false }
    }
    return count
  }
}

extension PatternBatch {
  /// Whether Frontline's own machine runs `pattern` on the current path (else ICU does).
  package static func runsOnMachine(_ pattern: String) -> Bool {
    (try? CompiledPattern(pattern))?.program != nil
  }
}
