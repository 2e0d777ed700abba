import FrontlineModel
import FrontlineScoring

extension AttemptSummary {
  /// Sums up an attempt: the mean of its turns' scores and of each category, pass or fail, the
  /// strongest and weakest turns, and the exemplar replies of the steps that were not passed.
  ///
  /// An attempt passes when it has at least one turn, no turn failed a critical criterion, the
  /// customer was not lost, and the mean score reaches the pass mark.
  static func make(
    ending: Ending, turns: [TurnSummary], passMark: Double, scenario: Scenario, values: [String: String]
  ) -> AttemptSummary {
    let scores = turns.map(\.score.score)
    let mean = Mean.rounded(scores) ?? 0
    var categories: [String: Double?] = [:]
    let names = Set(turns.flatMap { $0.score.categories.keys })
    for name in names {
      let values = turns.compactMap { $0.score.category(name) }
      categories[name] = .some(Mean.rounded(values))
    }
    let critical = turns.contains { !$0.score.criticalFailures.isEmpty }
    let passed = !turns.isEmpty && !critical && ending.outcome != .lost && mean >= passMark
    let order = turns.indices.sorted { turns[$0].score.score < turns[$1].score.score }
    var exemplars: [(step: String, reply: String)] = []
    for turn in turns where !turn.score.passed && !exemplars.contains(where: { $0.step == turn.step }) {
      if let step = scenario.step(turn.step) {
        exemplars.append((turn.step, Template.render(step.exemplar, values: values)))
      }
    }
    return AttemptSummary(
      ending: ending, score: mean, passed: passed, categories: categories, turns: turns,
      strongest: turns.count > 1 ? order.last : nil, weakest: turns.count > 1 ? order.first : nil,
      exemplars: exemplars)
  }
}
