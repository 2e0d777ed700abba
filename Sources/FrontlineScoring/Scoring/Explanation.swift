import FrontlineModel

/// Puts a judgement into words: the evidence in the trainee's own words, why it counted or not, and
/// the coaching tip when the criterion was missed.
struct Explanation {
  let plan: ScorecardPlan
  let normalized: NormalizedText
  let route: String?

  func result(_ criterion: CriterionPlan, _ judgement: Judgement) -> CriterionResult {
    var result = CriterionResult(
      id: criterion.id, category: criterion.category, description: criterion.description, met: judgement.met,
      applicable: judgement.applicable, points: judgement.points, possible: criterion.points,
      critical: criterion.critical, evidence: nil, spans: [], tip: nil, note: nil)
    if let reason = judgement.notApplicable {
      result.note = Self.describe(reason)
      return result
    }
    let counted = judgement.counted
    switch criterion.check {
    case .any, .usesName:
      if let first = counted.first {
        result.spans = [span(first.start, first.end)]
      } else if let first = judgement.negated {
        result.spans = [span(first.start, first.end)]
        let words = first.negation!
        let negator = normalized.originalText(words.lowerBound, words.upperBound)
        result.note = "did not count: negated by '\(negator)'"
      }
    case .all(let groups):
      var missing: [String] = []
      for (group, phrases) in groups.enumerated() {
        if let match = counted.first(where: { plan.phraseGroup[$0.phrase] == group }) {
          result.spans.append(span(match.start, match.end))
        } else if let phrase = phrases.first {
          missing.append("'\(plan.matcher.phrases[phrase].text)'")
        }
      }
      if !missing.isEmpty {
        result.note = "nothing like \(missing.joined(separator: " or "))"
        if let first = judgement.negated {
          result.note! += "; '\(normalized.originalText(first.start, first.end))' did not count: negated"
        }
      }
    case .none:
      result.spans = counted.map { span($0.start, $0.end) }
      if !counted.isEmpty {
        result.note = "used: '" + result.spans.map(\.text).joined(separator: "', '") + "'"
      }
    case .pattern:
      // A match of one character or none (a pattern of look-aheads) says nothing to a trainee.
      if let found = judgement.patternMatch, found.count > 1 {
        result.spans = [span(found.lowerBound, found.upperBound)]
      }
    case .route:
      result.note = routeNote(judgement)
    case .length(let bounds):
      let problems = Judge.lengthProblems(judgement.size, bounds)
      if !problems.isEmpty { result.note = problems.joined(separator: "; ") }
    case .maxCount(_, let max):
      result.spans = counted.map { span($0.start, $0.end) }
      if !judgement.met { result.note = "\(counted.count) times; at most \(max)" }
    }
    switch result.spans.count {
    case 0: result.evidence = nil
    case 1: result.evidence = result.spans[0].text
    default: result.evidence = result.spans.map(\.text).joined(separator: " … ")
    }
    if !judgement.met { result.tip = criterion.tip }
    return result
  }

  private func routeNote(_ judgement: Judgement) -> String {
    let taken = route.map { "transferred to \($0)" } ?? "no transfer"
    if judgement.met { return taken }
    switch plan.context.expectedRoute {
    case .none:
      if let route, judgement.points > 0 {
        return "partial credit: \(route) is acceptable, but this one is yours to resolve without a transfer"
      }
      return "\(taken); this one is yours to resolve without a transfer"
    case .department(let expected):
      if let route, judgement.points > 0 {
        return "partial credit: \(route) is acceptable, \(expected) is expected"
      }
      return "\(taken); expected a transfer to \(expected)"
    case .any:
      return taken
    }
  }

  private static func describe(_ reason: Judgement.NotApplicable) -> String {
    switch reason {
    case .routingNotJudged: "routing is not judged at this step"
    case .transferred(let wanted):
      wanted ? "applies only when the customer is transferred" : "applies only without a transfer"
    case .expectsTransfer(let wanted):
      wanted ? "applies only where a transfer is expected" : "applies only where no transfer is expected"
    case .channels(let channels): "applies only on \(channels.map(\.rawValue).joined(separator: ", "))"
    }
  }

  private func span(_ start: Int, _ end: Int) -> EvidenceSpan {
    let offsets = normalized.originalOffsets(start, end)
    return EvidenceSpan(
      text: normalized.originalText(start, end), start: offsets.lowerBound, end: offsets.upperBound)
  }
}
