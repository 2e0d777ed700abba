import FrontlineModel
import FrontlineText

/// Turns judgements into category scores, the overall score and the verdict.
struct ScoreAggregation {
  let plan: ScorecardPlan
  let judgements: [Judgement]
  let localizer: Localizer

  /// The verdict, with remarks on the scoring itself (critical failure, time limit).
  func verdict(elapsed: Double?) -> (verdict: ReplyVerdict, notes: [String]) {
    var notes: [String] = []
    var scores: [String: Double?] = [:]
    scores.reserveCapacity(plan.categories.count)
    var weighted = 0.0
    var weights = 0.0
    var voided: [String] = []
    for (index, judgement) in judgements.enumerated() where judgement.applicable && !judgement.met {
      if let category = plan.criteria[index].voids, !voided.contains(category) { voided.append(category) }
    }
    for category in plan.categories {
      var earned = 0.0
      var possible = 0.0
      for (index, judgement) in judgements.enumerated()
      where judgement.applicable && plan.criteria[index].category == category.name {
        earned += judgement.points
        possible += plan.criteria[index].points
      }
      guard possible > 0 else {
        scores[category.name] = .some(nil)
        continue
      }
      let score = voided.contains(category.name) ? 0 : earned / possible * 100
      scores[category.name] = .some(Self.round(score))
      weighted += score * category.weight
      weights += category.weight
    }
    var overall = weights > 0 ? weighted / weights : 0
    if weights == 0 { notes.append(localizer(FeedbackText.noCriterionApplied)) }
    var critical: [String] = []
    for (index, judgement) in judgements.enumerated()
    where plan.criteria[index].critical && judgement.applicable && !judgement.met {
      critical.append(plan.criteria[index].id)
    }
    if !critical.isEmpty {
      overall = 0
      notes.append(localizer(FeedbackText.criticalFailure, ["criteria": localizer.list(critical)]))
    }
    var penalty = 0.0
    if let limit = plan.context.timeLimit, let elapsed, elapsed > limit.seconds {
      penalty = limit.penalty
      overall = max(0, overall - limit.penalty)
      notes.append(
        localizer(
          FeedbackText.overTimeLimit,
          [
            "elapsed": String(Int(elapsed.rounded())), "limit": String(Int(limit.seconds)),
            "penalty": Self.format(limit.penalty),
          ]))
    }
    overall = Self.round(overall)
    let verdict = ReplyVerdict(
      score: overall, passed: critical.isEmpty && overall >= plan.passMark, categories: scores,
      criticalFailures: critical, voided: voided, penalty: penalty)
    return (verdict, notes)
  }

  static func round(_ value: Double) -> Double { (value * 10).rounded() / 10 }

  static func format(_ value: Double) -> String {
    value.rounded() == value ? String(Int(value)) : String(value)
  }
}
