import FrontlineModel
import FrontlineScoring

extension AttemptSummary {
  /// Sums up an attempt: its grade (``AttemptGrade``), the strongest and weakest turns, and the
  /// exemplar replies of the steps that were not passed.
  static func make(
    ending: Ending, turns: [TurnSummary], passMark: Double, scenario: Scenario, values: [String: String]
  ) -> AttemptSummary {
    let grade = AttemptGrade(turns: turns.map(\.score), outcome: ending.outcome, passMark: passMark)
    let order = turns.indices.sorted { turns[$0].score.score < turns[$1].score.score }
    var exemplars: [(step: String, reply: String)] = []
    for turn in turns where !turn.score.passed && !exemplars.contains(where: { $0.step == turn.step }) {
      if let step = scenario.step(turn.step) {
        exemplars.append((turn.step, Template.render(step.exemplar, values: values)))
      }
    }
    return AttemptSummary(
      ending: ending, score: grade.score, passed: grade.passed, categories: grade.categories, turns: turns,
      strongest: turns.count > 1 ? order.last : nil, weakest: turns.count > 1 ? order.first : nil,
      exemplars: exemplars)
  }
}
