import FrontlineModel

/// Turns criterion results into category scores, the overall score and the verdict.
struct ScoreAggregation {
  let scorecard: Scorecard
  let results: [CriterionResult]
  let route: String?
  var notes: [String]

  func reply(elapsed: Double?) -> ReplyScore {
    var notes = self.notes
    var categories = scorecard.categories
    for result in results where !categories.contains(where: { $0.name == result.category }) {
      categories.append(Category(name: result.category, weight: 1))
    }
    var scores: [String: Double?] = [:]
    var weighted = 0.0
    var weights = 0.0
    for category in categories {
      let applicable = results.filter { $0.category == category.name && $0.applicable }
      let possible = applicable.reduce(0) { $0 + $1.possible }
      guard possible > 0 else {
        scores[category.name] = .some(nil)
        continue
      }
      let score = applicable.reduce(0) { $0 + $1.points } / possible * 100
      scores[category.name] = .some(Self.round(score))
      weighted += score * category.weight
      weights += category.weight
    }
    var overall = weights > 0 ? weighted / weights : 0
    if weights == 0 { notes.append("no criterion applied to this reply") }
    let critical = results.filter { $0.critical && $0.applicable && !$0.met }.map(\.id)
    if !critical.isEmpty {
      overall = 0
      notes.append("critical failure: \(critical.joined(separator: ", ")); the reply scores 0")
    }
    if let limit = scorecard.context.timeLimit, let elapsed, elapsed > limit.seconds {
      overall = max(0, overall - limit.penalty)
      notes.append(
        "replied after \(Int(elapsed.rounded())) s, over the \(Int(limit.seconds)) s limit: "
          + "\(Self.format(limit.penalty)) points off")
    }
    overall = Self.round(overall)
    return ReplyScore(
      scenario: scorecard.context.scenarioID, step: scorecard.context.stepID, score: overall,
      passed: critical.isEmpty && overall >= scorecard.passMark, passMark: scorecard.passMark,
      categories: scores,
      categoryOrder: categories.map(\.name), criticalFailures: critical, criteria: results, route: route,
      notes: notes)
  }

  static func round(_ value: Double) -> Double { (value * 10).rounded() / 10 }

  static func format(_ value: Double) -> String {
    value.rounded() == value ? String(Int(value)) : String(value)
  }
}
