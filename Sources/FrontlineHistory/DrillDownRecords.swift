import Foundation

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
