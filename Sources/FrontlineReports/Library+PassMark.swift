import FrontlineModel
import FrontlineScoring

extension Library {
  /// The pass mark every step of every scenario is scored against (a step's own, else its first
  /// rubric's, else the default), when they all share one; `nil` when they differ. A library without
  /// scenarios has the default.
  public var sharedPassMark: Double? {
    var marks: Set<Double> = []
    for scenario in scenarios {
      for step in scenario.steps {
        guard let scorecard = try? Scorecard.forStep(step, in: scenario, library: self) else { return nil }
        marks.insert(scorecard.passMark)
      }
    }
    return marks.count > 1 ? nil : marks.first ?? Rubric.defaultPassMark
  }
}
