import FrontlineModel

/// Puts a judgement into words: the evidence in the trainee's own words, why it counted or not, and
/// the coaching tip when the criterion was missed.
struct Explanation {
  let plan: ScorecardPlan
  let normalized: NormalizedText
  let reading: ReplyReading
  let route: String?

  /// The text phrase matches point into.
  private var words: NormalizedText { reading.text }

  func result(_ criterion: CriterionPlan, _ judgement: Judgement) -> CriterionResult {
    var result = CriterionResult(
      id: criterion.id, rubric: criterion.rubric, category: criterion.category,
      description: criterion.description, met: judgement.met,
      applicable: judgement.applicable, points: judgement.points, possible: criterion.points,
      critical: criterion.critical, evidence: nil, spans: [], tip: nil, note: nil)
    if let reason = judgement.notApplicable {
      result.note = Self.describe(reason)
      return result
    }
    let counted = judgement.counted
    switch criterion.check {
    case .any, .usesName, .acknowledges:
      if let first = counted.first {
        result.spans = [span(first.start, first.end)]
      } else if let first = judgement.negated {
        result.spans = [span(first.start, first.end)]
        result.note = "'\(negatedWords(first))' is negated, so it does not count"
      } else if let first = judgement.fragment {
        result.spans = [span(first.start, first.end)]
        result.note = fragmentNote(first)
      } else if case .acknowledges = criterion.check, !judgement.met {
        result.note = "the customer is upset and the reply does not acknowledge how they feel"
      }
    case .facts:
      result.spans = judgement.factProblems.map { span($0.range.lowerBound, $0.range.upperBound) }
      if !judgement.factProblems.isEmpty {
        result.note = judgement.factProblems.map(describe).joined(separator: "; ")
      }
    case .fact(let plan):
      if let range = judgement.factStatement {
        result.spans = [span(range.lowerBound, range.upperBound)]
      } else if let value = plan.fact.valueText {
        result.note = "does not state it (\(value))"
      }
    case .noneTogether:
      result.spans = counted.map { span($0.start, $0.end) }
      if !counted.isEmpty {
        result.note = "used together: '" + result.spans.map(\.text).joined(separator: "' … '") + "'"
      }
    case .together(let groups):
      if judgement.met {
        for group in groups.indices {
          if let match = counted.first(where: { plan.phraseGroup[$0.phrase] == group }) {
            result.spans.append(span(match.start, match.end))
          }
        }
      } else if let first = judgement.fragment {
        result.note = fragmentNote(first)
      }
    case .sentences:
      if !judgement.met {
        let share = Int((reading.fragmentShare * 100).rounded())
        let example = reading.sentences.first(where: \.isFragment).map {
          " ('" + Excerpt.of(words.originalText($0.range.lowerBound, $0.range.upperBound)) + "')"
        }
        result.note =
          "reads as a list of keywords, not a reply to the customer: \(share)% of its words are in fragments"
          + (example ?? "")
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
          result.note! += "; '\(negatedWords(first))' is negated, so it does not count"
        } else if let first = judgement.fragment {
          result.note! += "; " + fragmentNote(first)
        }
      }
    case .none:
      if criterion.negated {
        result.spans = counted.map { match in
          span(
            min(match.negation?.lowerBound ?? match.start, match.start),
            max(match.negation?.upperBound ?? 0, match.end))
        }
        if let first = counted.first {
          result.note = "'\(negatedWords(first))' is negated: \(criterion.description.lowercasedFirst)"
        }
      } else {
        result.spans = counted.map { span($0.start, $0.end) }
        if !counted.isEmpty {
          result.note = "used: '" + result.spans.map(\.text).joined(separator: "', '") + "'"
        }
      }
    case .pattern:
      // A match of one character or none (a pattern of look-aheads) says nothing to a trainee.
      if let found = judgement.patternMatch, found.count > 1 {
        result.spans = [patternSpan(found.lowerBound, found.upperBound)]
      } else if judgement.patternOverBudget {
        result.note = Self.overBudget
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
    if judgement.insincere {
      result.note = "the reply's tone is insincere (see the house rules it broke), so this is not met"
    }
    switch result.spans.count {
    case 0: result.evidence = nil
    case 1: result.evidence = result.spans[0].text
    default: result.evidence = result.spans.map(\.text).joined(separator: " … ")
    }
    if !judgement.met { result.tip = criterion.tip }
    return result
  }

  /// Why a pattern that ran out of its budget is not met, and what its author can do.
  static let overBudget =
    "the pattern exceeded its time budget on this reply, so it is judged not met; simplify the pattern "
    + "(`frontline validate` warns on nested quantifiers such as (a+)+)"

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
    case .mood(let mood): "applies only when the customer is \(mood.name) or worse"
    }
  }

  /// Remarks on the reply as a whole: patterns that ran out of their budget, categories voided by an
  /// insincere tone.
  func notes(_ results: [CriterionResult], _ judgements: [Judgement]) -> [String] {
    var notes: [String] = []
    for (index, criterion) in plan.criteria.enumerated() where judgements[index].patternOverBudget {
      notes.append("criterion '\(criterion.id)': \(Self.overBudget)")
    }
    for (index, criterion) in plan.criteria.enumerated() {
      guard let category = criterion.voids, judgements[index].applicable, !judgements[index].met else {
        continue
      }
      let evidence = results[index].evidence.map { " ('\(Excerpt.of($0))')" } ?? ""
      notes.append("no \(category) credit: \(criterion.description.lowercasedFirst)\(evidence)")
    }
    return notes
  }

  private func describe(_ problem: FactProblem) -> String {
    let said = "'\(Excerpt.of(words.originalText(problem.range.lowerBound, problem.range.upperBound)))'"
    let policy = problem.fact.valueText.map { "policy says \($0)" }
    switch problem.kind {
    case .wrong: return "\(said) is wrong: " + (policy ?? "it does not agree with the knowledge base")
    case .overpromise:
      return "\(said) over-promises: "
        + (policy.map { $0 + (problem.fact.estimate ? ", an estimate" : "") } ?? "policy does not back it")
    case .inventedCharge: return "\(said) invents a charge: it is free"
    case .inventedEntitlement: return "\(said) is not something the front line may offer here"
    }
  }

  /// The words from the negator to the end of the phrase it negates, as the trainee wrote them.
  private func negatedWords(_ match: PhraseMatch) -> String {
    guard let negation = match.negation else { return words.originalText(match.start, match.end) }
    let start = min(negation.lowerBound, match.start)
    let end = max(negation.upperBound, match.end)
    return Excerpt.of(words.originalText(start, end))
  }

  private func fragmentNote(_ match: PhraseMatch) -> String {
    "'\(words.originalText(match.start, match.end))' does not count: it stands in a list of keywords, not a sentence"
  }

  /// Evidence from a phrase match.
  private func span(_ start: Int, _ end: Int) -> EvidenceSpan {
    let offsets = words.originalOffsets(start, end)
    return EvidenceSpan(
      text: words.originalText(start, end), start: offsets.lowerBound, end: offsets.upperBound)
  }

  /// Evidence from a pattern match, which runs on the normalised text itself.
  private func patternSpan(_ start: Int, _ end: Int) -> EvidenceSpan {
    let offsets = normalized.originalOffsets(start, end)
    return EvidenceSpan(
      text: normalized.originalText(start, end), start: offsets.lowerBound, end: offsets.upperBound)
  }
}
