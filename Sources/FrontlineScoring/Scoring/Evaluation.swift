import FrontlineModel

/// Judges each criterion of a scorecard against one normalised reply.
struct Evaluation {
  let scorecard: Scorecard
  let normalized: NormalizedText
  /// The normalised text as a string, made only when a regular expression runs.
  let normalizedString: String
  let route: String?
  let matcher: PhraseMatcher
  let owners: [(criterion: Int, group: Int)]

  func evaluate(
    _ criterion: Criterion, texts: (description: String, tip: String?),
    check: CompiledScorecard.CompiledCheck,
    matches: [PhraseMatch], runPattern: Bool
  ) -> CriterionResult {
    var result = CriterionResult(
      id: criterion.id, category: criterion.category,
      description: texts.description, met: false, applicable: true, points: 0,
      possible: criterion.points, critical: criterion.critical, evidence: nil, spans: [], tip: nil, note: nil)
    if let reason = notApplicable(criterion, check: check) {
      result.applicable = false
      result.note = reason
      return result
    }
    let counted = matches.filter { !criterion.negation || $0.negation == nil }
    let negated = matches.filter { criterion.negation && $0.negation != nil }
    switch check {
    case .any:
      result.met = !counted.isEmpty
      if let first = counted.first {
        result.spans = [span(first)]
      } else if let first = negated.first {
        result.spans = [span(first)]
        result.note = "did not count: negated by '\(first.negation!)'"
      }
    case .all(let groups):
      var missing: [String] = []
      for (group, phrases) in groups.enumerated() {
        if let match = counted.first(where: { owners[$0.phrase].group == group }) {
          result.spans.append(span(match))
        } else if let phrase = phrases.first {
          missing.append("'\(phraseText(phrase))'")
        }
      }
      result.met = missing.isEmpty
      if !missing.isEmpty {
        result.note = "nothing like \(missing.joined(separator: " or "))"
        if let first = negated.first { result.note! += "; '\(text(first))' did not count: negated" }
      }
    case .none:
      result.met = counted.isEmpty
      result.spans = counted.map(span)
      if !counted.isEmpty { result.note = "used: \(counted.map { "'\(text($0))'" }.joined(separator: ", "))" }
    case .usesName:
      result.met = !matches.isEmpty
      result.spans = matches.prefix(1).map(span)
    case .pattern(let pattern, _):
      let found = runPattern ? pattern.firstMatch(in: normalizedString) : nil
      result.met = found != nil
      if let found { result.spans = [spanOf(found.lowerBound, found.upperBound)] }
    case .route:
      evaluateRoute(criterion, into: &result)
    case .length(let bounds):
      evaluateLength(bounds, into: &result)
    case .maxCount(_, let max):
      var occurrences: [PhraseMatch] = []
      for match in counted.sorted(by: { $0.start < $1.start })
      where occurrences.last.map({ match.start >= $0.end }) ?? true {
        occurrences.append(match)
      }
      result.met = occurrences.count <= max
      result.spans = occurrences.map(span)
      if !result.met { result.note = "\(occurrences.count) times; at most \(max)" }
    }
    if result.met { result.points = criterion.points }
    result.evidence = result.spans.isEmpty ? nil : result.spans.map(\.text).joined(separator: " … ")
    if !result.met, let tip = criterion.tip {
      result.tip = Template.render(tip, values: scorecard.context.values)
    }
    return result
  }

  private func notApplicable(_ criterion: Criterion, check: CompiledScorecard.CompiledCheck) -> String? {
    if case .route = check, scorecard.context.expectedRoute == .any {
      return "routing is not judged at this step"
    }
    guard let rule = criterion.appliesWhen else { return nil }
    if let transferred = rule.transferred, transferred != (route != nil) {
      return transferred ? "applies only when the customer is transferred" : "applies only without a transfer"
    }
    if let expects = rule.expectsTransfer {
      let expected: Bool
      if case .department = scorecard.context.expectedRoute { expected = true } else { expected = false }
      if expects != expected {
        return expects
          ? "applies only where a transfer is expected" : "applies only where no transfer is expected"
      }
    }
    if let channels = rule.channels, let channel = scorecard.context.channel, !channels.contains(channel) {
      return "applies only on \(channels.map(\.rawValue).joined(separator: ", "))"
    }
    return nil
  }

  private func evaluateRoute(_ criterion: Criterion, into result: inout CriterionResult) {
    let context = scorecard.context
    let taken = route.map { "transferred to \($0)" } ?? "no transfer"
    result.spans = []
    result.evidence = nil
    switch context.expectedRoute {
    case .none:
      result.met = route == nil
      if let route, context.acceptableRoutes.contains(route) {
        result.points = (criterion.points * criterion.partialCredit / 100 * 10).rounded() / 10
        result.note =
          "partial credit: \(route) is acceptable, but this one is yours to resolve without a transfer"
      } else if !result.met {
        result.note = "\(taken); this one is yours to resolve without a transfer"
      }
    case .department(let expected):
      if route == expected {
        result.met = true
      } else if let route, context.acceptableRoutes.contains(route) {
        result.points = (criterion.points * criterion.partialCredit / 100 * 10).rounded() / 10
        result.note = "partial credit: \(route) is acceptable, \(expected) is expected"
      } else {
        result.note = "\(taken); expected a transfer to \(expected)"
      }
    case .any:
      result.met = true
    }
    result.note = result.note ?? taken
  }

  private func evaluateLength(_ bounds: LengthBounds, into result: inout CriterionResult) {
    var characters = 0
    var words = 0
    var inWord = false
    for scalar in normalized.scalars {
      characters += 1
      if scalar == " " {
        inWord = false
      } else if !inWord {
        inWord = true
        words += 1
      }
    }
    var problems: [String] = []
    if let min = bounds.minCharacters, characters < min {
      problems.append("\(characters) characters; at least \(min)")
    }
    if let max = bounds.maxCharacters, characters > max {
      problems.append("\(characters) characters; at most \(max)")
    }
    if let min = bounds.minWords, words < min { problems.append("\(words) words; at least \(min)") }
    if let max = bounds.maxWords, words > max { problems.append("\(words) words; at most \(max)") }
    result.met = problems.isEmpty
    result.note =
      problems.isEmpty ? "\(characters) characters, \(words) words" : problems.joined(separator: "; ")
  }

  private func span(_ match: PhraseMatch) -> EvidenceSpan { spanOf(match.start, match.end) }

  private func spanOf(_ start: Int, _ end: Int) -> EvidenceSpan {
    let offsets = normalized.originalOffsets(start, end)
    return EvidenceSpan(
      text: normalized.originalText(start, end), start: offsets.lowerBound, end: offsets.upperBound)
  }

  private func text(_ match: PhraseMatch) -> String { normalized.originalText(match.start, match.end) }

  private func phraseText(_ index: Int) -> String {
    matcher.phrases[index].text
  }
}
