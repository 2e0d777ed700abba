import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineTerminal

/// One scenario across the team: pass rate, the criteria missed most, the steps where conversations
/// go wrong.
public struct ScenarioReport: Sendable, Codable, Equatable {
  public var scenario: String
  public var attempts: Int
  public var trainees: Int
  public var passRate: Double?
  public var mostMissed: [MissedCriterion]
  /// Steps, those failed most first.
  public var steps: [StepOutcomes]

  public static func make(
    scenario: String, attempts: [AttemptRecord], missed: [MissedCriterion], steps: [StepOutcomes]
  ) -> ScenarioReport {
    ScenarioReport(
      scenario: scenario, attempts: attempts.count, trainees: Set(attempts.map(\.trainee)).count,
      passRate: attempts.isEmpty
        ? nil : Double(attempts.filter { $0.passed == true }.count) / Double(attempts.count),
      mostMissed: missed, steps: steps)
  }

  public func textLines() -> [String] {
    var lines = [
      "\(scenario) — \(attempts) finished attempt\(attempts == 1 ? "" : "s") by \(trainees) trainee\(trainees == 1 ? "" : "s")"
        + (passRate.map { ", pass rate \(Int(($0 * 100).rounded()))%" } ?? "")
    ]
    if !steps.isEmpty {
      lines.append("Where conversations go wrong (failed turns per step):")
      for step in steps { lines.append("  \(step.step): \(step.failed) of \(step.turns) failed") }
    }
    if !mostMissed.isEmpty {
      lines.append("Missed most often:")
      for missed in mostMissed { lines += missed.textLines(scenarios: false) }
    }
    return lines
  }
}
