import Foundation

/// How often a criterion was missed, for drill-down reports.
public struct CriterionMisses: Sendable, Codable, Equatable {
  public var criterion: String
  public var description: String
  public var tip: String?
  public var misses: Int

  package init(criterion: String, description: String, tip: String?, misses: Int) {
    self.criterion = criterion
    self.description = description
    self.tip = tip
    self.misses = misses
  }
}

/// How a scenario's step goes across the team.
public struct StepOutcomes: Sendable, Codable, Equatable {
  public var step: String
  public var turns: Int
  public var failed: Int

  package init(step: String, turns: Int, failed: Int) {
    self.step = step
    self.turns = turns
    self.failed = failed
  }
}
