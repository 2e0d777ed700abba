import FrontlineModel

/// A scorecard compiled for fast, explainable scoring: every phrase of every criterion in one
/// automaton, patterns compiled once. Immutable, so one instance can score on several threads.
public struct CompiledScorecard: Sendable {
  /// Replies longer than this are scored on their beginning, with a note.
  public static let maximumReplyLength = 20_000

  public let scorecard: Scorecard
  let matcher: PhraseMatcher
  let checks: [CompiledCheck]
  /// For each phrase, the criterion and group it belongs to.
  let owners: [(criterion: Int, group: Int)]
  /// Each criterion's description and tip with template variables filled in.
  let texts: [(description: String, tip: String?)]

  /// The compiled form of one criterion's check; phrase lists hold indices into the matcher.
  enum CompiledCheck: Sendable {
    case any([Int])
    case all([[Int]])
    case none([Int])
    case pattern(CompiledPattern, literals: [Int])
    case usesName([Int])
    case route
    case length(LengthBounds)
    case maxCount([Int], max: Int)
  }

  public init(_ scorecard: Scorecard) throws(ScoringError) {
    self.scorecard = scorecard
    var phrases: [Phrase] = []
    var owners: [(criterion: Int, group: Int)] = []
    func add(_ texts: [String], _ criterion: Int, _ group: Int) -> [Int] {
      texts.map { text in
        phrases.append(Phrase(Template.render(text, values: scorecard.context.values)))
        owners.append((criterion, group))
        return phrases.count - 1
      }
    }
    var checks: [CompiledCheck] = []
    for (index, criterion) in scorecard.criteria.enumerated() {
      switch criterion.check {
      case .any(let list): checks.append(.any(add(list, index, 0)))
      case .none(let list): checks.append(.none(add(list, index, 0)))
      case .all(let groups):
        checks.append(.all(groups.enumerated().map { add($0.element, index, $0.offset) }))
      case .maxCount(let list, let max): checks.append(.maxCount(add(list, index, 0), max: max))
      case .usesName: checks.append(.usesName(add(scorecard.context.customerNames, index, 0)))
      case .route: checks.append(.route)
      case .length(let bounds): checks.append(.length(bounds))
      case .pattern(let pattern):
        let compiled: CompiledPattern
        do {
          compiled = try CompiledPattern(pattern)
        } catch {
          throw .invalidPattern(criterion: criterion.id, pattern: pattern)
        }
        let literals = compiled.requiredLiterals.map { scalars -> Int in
          phrases.append(Phrase(literal: scalars))
          owners.append((index, 0))
          return phrases.count - 1
        }
        checks.append(.pattern(compiled, literals: literals))
      }
    }
    self.checks = checks
    self.owners = owners
    texts = scorecard.criteria.map {
      (
        Template.render($0.description, values: scorecard.context.values),
        $0.tip.map { Template.render($0, values: scorecard.context.values) }
      )
    }
    matcher = PhraseMatcher(phrases: phrases)
  }

  /// Scores a reply. `route` is the transfer taken (`nil`: none); `elapsed` the seconds from the
  /// customer's message to the reply, for the step's time limit.
  public func score(_ reply: String, route: String? = nil, elapsed: Double? = nil) -> ReplyScore {
    var notes: [String] = []
    var text = reply
    let length = reply.unicodeScalars.count
    if length > Self.maximumReplyLength {
      text = String(String.UnicodeScalarView(reply.unicodeScalars.prefix(Self.maximumReplyLength)))
      notes.append(
        "the reply is \(length) characters long; only the first \(Self.maximumReplyLength) were scored")
    }
    let normalized = TextNormalizer.normalize(text)
    var buckets = [[PhraseMatch]](repeating: [], count: checks.count)
    for match in matcher.matches(in: normalized.scalars) {
      buckets[owners[match.phrase].criterion].append(match)
    }
    // Regular expressions run only where their literals occur, on the normalised text made once.
    let patternRuns = checks.indices.map { index -> Bool in
      guard case .pattern(_, let literals) = checks[index] else { return false }
      return literals.isEmpty || buckets[index].contains { literals.contains($0.phrase) }
    }
    let evaluation = Evaluation(
      scorecard: scorecard, normalized: normalized,
      normalizedString: patternRuns.contains(true) ? normalized.string : "",
      route: route?.isEmpty == true ? nil : route, matcher: matcher, owners: owners)
    let results = scorecard.criteria.indices.map {
      evaluation.evaluate(
        scorecard.criteria[$0], texts: texts[$0], check: checks[$0], matches: buckets[$0],
        runPattern: patternRuns[$0])
    }
    return ScoreAggregation(scorecard: scorecard, results: results, route: route, notes: notes)
      .reply(elapsed: elapsed)
  }
}
