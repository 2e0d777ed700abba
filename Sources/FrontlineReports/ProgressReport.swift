import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineProgress
import FrontlineTerminal
import FrontlineText

/// What `frontline progress` shows: level, next level with each requirement's progress, rolling
/// averages with their trend, recent attempts.
public struct ProgressReport {
  let standing: LadderStanding
  let averages: [CategoryAverage]
  let attempts: [AttemptRecord]
  let localizer: Localizer

  public init(
    standing: LadderStanding, averages: [CategoryAverage], attempts: [AttemptRecord], localizer: Localizer
  ) {
    self.standing = standing
    self.averages = averages
    self.attempts = attempts
    self.localizer = localizer
  }

  /// The JSON form.
  struct Document: Encodable {
    var trainee: String
    var level: String
    var levelTitle: String
    var nextLevel: String?
    var nextLevelTitle: String?
    var pendingApproval: Bool
    var requirements: [RequirementProgress]
    var averages: [String: Double]
    var trends: [String: String]
    var attempts: Int
    var finishedAttempts: Int
    var recent: [AttemptRecord]
  }

  /// Writes the report as text or JSON.
  public func write(_ format: DataFormat, to output: Output) throws {
    switch format {
    case .json:
      output.line(
        try JSONOutput.encode(
          Document(
            trainee: standing.trainee, level: standing.level, levelTitle: standing.levelTitle,
            nextLevel: standing.nextLevel, nextLevelTitle: standing.nextLevelTitle,
            pendingApproval: standing.pendingApproval, requirements: standing.requirements,
            averages: Dictionary(uniqueKeysWithValues: averages.map { ($0.category, $0.average) }),
            trends: Dictionary(
              uniqueKeysWithValues: averages.compactMap { a in a.trend.map { (a.category, $0) } }),
            attempts: attempts.count, finishedAttempts: attempts.filter { $0.status == .finished }.count,
            recent: Array(attempts.prefix(5)))))
    case .text:
      for line in textLines(style: output.style) { output.line(line) }
    }
  }

  /// A scenario that counts towards a requirement, with how its first pass was earned when the
  /// record says more than a plain pass: with hints, or by a team leader's review.
  func counted(_ scenario: String) -> String {
    let pass = attempts.filter { $0.scenario == scenario && $0.isFinished && $0.passed == true }
      .min { $0.startedAt < $1.startedAt }
    var notes: [String] = []
    if let pass, pass.hintsUsed > 0 { notes.append(localizer(ProgressText.withHints, count: pass.hintsUsed)) }
    if let pass, pass.overridden { notes.append(localizer(ProgressText.passedOnReview)) }
    return notes.isEmpty
      ? scenario
      : localizer(ProgressText.countedWithNotes, ["scenario": scenario, "notes": localizer.list(notes)])
  }

  /// The report as lines for a person.
  public func textLines(style: TextStyle) -> [String] {
    var lines = [
      localizer(
        ProgressText.traineeAtLevel,
        ["trainee": style.bold(standing.trainee), "level": style.bold(standing.levelTitle)])
    ]
    if let next = standing.nextLevelTitle {
      if standing.pendingApproval {
        let pending = style.yellow(localizer(ProgressText.pendingApproval))
        lines.append(localizer(ProgressText.nextPending, ["next": next, "pending": pending]))
      } else {
        let met = standing.requirements.filter(\.met).count
        lines.append(
          localizer(
            ProgressText.nextMet, count: standing.requirements.count, ["next": next, "met": String(met)]))
      }
      for requirement in standing.requirements {
        let fraction = requirement.target > 0 ? min(1, requirement.current / requirement.target) : 1
        let filled = min(max(ReportNumber.whole((fraction * 10).rounded(.down)) ?? 0, 0), 10)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
        let mark = requirement.met ? style.green("✓") : " "
        lines.append(
          "  \(mark) \(requirement.met ? style.green(bar) : bar)  \(requirement.description): \(requirement.progress)"
        )
        if !requirement.scenarios.isEmpty {
          lines.append(
            style.dim(
              "      "
                + localizer(
                  ProgressText.counted, ["scenarios": localizer.list(requirement.scenarios.map(counted))])))
        }
      }
    } else {
      lines.append(localizer(ProgressText.topOfLadder))
    }
    if !averages.isEmpty {
      let arrows = ["up": "↑", "down": "↓", "steady": "→"]
      let parts = averages.map {
        "\(localizer.category($0.category)) \(localizer.number($0.average))\($0.trend.flatMap { arrows[$0] }.map { " " + $0 } ?? "")"
      }
      lines.append(
        localizer(
          ProgressText.averagesOver, count: averages.map(\.attempts).max() ?? 0,
          ["averages": localizer.list(parts)]))
    }
    if attempts.isEmpty {
      lines.append(localizer(ProgressText.noAttemptsStart))
    } else {
      lines.append(localizer(ProgressText.recentAttempts))
      for attempt in attempts.prefix(5) {
        lines.append("  " + HistoryTable.line(attempt, style: style, localizer: localizer))
      }
    }
    return lines
  }
}
