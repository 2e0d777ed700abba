import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineTerminal

/// One trainee in depth: per-category trend, the criteria they miss most, results by kind and
/// difficulty.
public struct TraineeReport: Sendable, Codable, Equatable {
  public var trainee: String
  public var attempts: Int
  public var passRate: Double?
  /// Category → average over the latest half of the attempts, and over the earlier half.
  public var recent: [String: Double]
  public var earlier: [String: Double]
  public var mostMissed: [MissedCriterion]
  /// "complaint" → (attempts, passed); "difficulty 2" → (attempts, passed).
  public var byKind: [String: Tally]
  public var byDifficulty: [String: Tally]
  /// The latest finished attempts, newest first, with their effective and original results.
  public var history: [Entry]

  /// One attempt in the trainee's history.
  public struct Entry: Sendable, Codable, Equatable {
    public var id: Int64
    public var scenario: String
    public var startedAt: Date
    public var score: Double?
    public var passed: Bool?
    public var categories: [String: Double?]
    public var overridden: Bool
    public var originalScore: Double?
    /// How the conversation ended.
    public var outcome: Outcome?
  }

  /// Attempts and passes.
  public struct Tally: Sendable, Codable, Equatable {
    public var attempts: Int
    public var passed: Int
  }

  public static func make(
    trainee: String, attempts: [AttemptRecord], missed: [MissedCriterion], categories: [String]
  )
    -> TraineeReport
  {
    let finished = attempts.filter { $0.status == .finished }.sorted { $0.startedAt < $1.startedAt }
    let half = finished.count / 2
    func averages(_ slice: ArraySlice<AttemptRecord>) -> [String: Double] {
      var result: [String: Double] = [:]
      for name in categories {
        result[name] = Mean.rounded(slice.compactMap { $0.categories[name] ?? nil })
      }
      return result
    }
    var byKind: [String: Tally] = [:]
    var byDifficulty: [String: Tally] = [:]
    for attempt in finished {
      let passed = attempt.passed == true ? 1 : 0
      byKind[attempt.kind.rawValue, default: Tally(attempts: 0, passed: 0)].attempts += 1
      byKind[attempt.kind.rawValue]!.passed += passed
      byDifficulty["difficulty \(attempt.difficulty)", default: Tally(attempts: 0, passed: 0)].attempts += 1
      byDifficulty["difficulty \(attempt.difficulty)"]!.passed += passed
    }
    return TraineeReport(
      trainee: trainee, attempts: finished.count,
      passRate: finished.isEmpty
        ? nil : Double(finished.filter { $0.passed == true }.count) / Double(finished.count),
      recent: averages(finished[half...]), earlier: averages(finished[..<half]), mostMissed: missed,
      byKind: byKind, byDifficulty: byDifficulty,
      history: finished.suffix(20).reversed().map {
        Entry(
          id: $0.id, scenario: $0.scenario, startedAt: $0.startedAt, score: $0.score, passed: $0.passed,
          categories: $0.categories, overridden: $0.overridden, originalScore: $0.originalScore,
          outcome: $0.outcome)
      })
  }

  public func textLines() -> [String] {
    var lines = [
      "\(TerminalText.oneLine(trainee)) — \(attempts) finished attempt\(attempts == 1 ? "" : "s")"
        + (passRate.map { ", pass rate \(Int(($0 * 100).rounded()))%" } ?? "")
    ]
    if !recent.isEmpty {
      lines.append("Categories (recent half vs earlier half of the attempts):")
      for name in recent.keys.sorted() {
        let now = recent[name]!
        let trend =
          earlier[name].map { now - $0 }.map { " (\($0 >= 0 ? "+" : "")\(ReportNumber.format($0)))" } ?? ""
        lines.append("  \(name): \(ReportNumber.format(now))\(trend)")
      }
    }
    if !mostMissed.isEmpty {
      lines.append("Missed most often:")
      for missed in mostMissed { lines += missed.textLines() }
    }
    if !history.isEmpty {
      lines.append("Latest attempts:")
      for entry in history {
        var line = "  #\(entry.id) \(TeamReport.day(entry.startedAt)) \(entry.scenario): "
        line += "\(entry.passed == true ? "PASS" : "FAIL") \(entry.score.map(ReportNumber.format) ?? "-")"
        if let outcome = entry.outcome, outcome != .resolved { line += " (\(outcome.rawValue))" }
        if entry.overridden {
          line += " (overridden; originally \(entry.originalScore.map(ReportNumber.format) ?? "-"))"
        }
        lines.append(line)
      }
    }
    for (title, tallies) in [("By kind:", byKind), ("By difficulty:", byDifficulty)] where !tallies.isEmpty {
      lines.append(title)
      for key in tallies.keys.sorted() {
        lines.append("  \(key): \(tallies[key]!.passed) of \(tallies[key]!.attempts) passed")
      }
    }
    return lines
  }
}

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
