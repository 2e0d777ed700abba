import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineTerminal
import FrontlineText

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

  /// The report for a person at a terminal, in `localizer`'s language.
  public func textLines(localizer: Localizer) -> [String] {
    let rate =
      passRate.map { localizer(ReportText.passRateSuffix, ["rate": "\(Int(($0 * 100).rounded()))%"]) } ?? ""
    var lines = [
      localizer(
        ReportText.textScenarioHeadline,
        [
          "scenario": scenario, "attempts": localizer(ReportText.finishedAttemptCount, count: attempts),
          "trainees": localizer(ReportText.traineeCount, count: trainees), "passRate": rate,
        ])
    ]
    if !steps.isEmpty {
      lines.append(localizer(ReportText.textStepsHeading))
      for step in steps {
        lines.append(
          localizer(
            ReportText.textStepLine,
            ["step": step.step, "failed": String(step.failed), "turns": String(step.turns)]))
      }
    }
    if !mostMissed.isEmpty {
      lines.append(localizer(ReportText.textMissedMostOften))
      for missed in mostMissed { lines += missed.textLines(scenarios: false, localizer: localizer) }
    }
    return lines
  }
}
