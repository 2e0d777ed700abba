import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineReports

/// A trainee's attempts as text, JSON or CSV.
public struct HistoryTable {
  let attempts: [AttemptRecord]

  public init(attempts: [AttemptRecord]) { self.attempts = attempts }

  /// Writes the attempts as text, JSON or CSV.
  public func write(_ format: HistoryFormat, to output: Output) throws {
    switch format {
    case .json: output.line(try JSONOutput.encode(attempts))
    case .csv:
      output.write(CSV.document(header: Self.csvHeader, rows: attempts.map(Self.csvRow)))
    case .text:
      if attempts.isEmpty { output.line("No attempts yet.") }
      for attempt in attempts { output.line(Self.line(attempt, style: output.style)) }
    }
  }

  static let csvHeader = [
    "id", "trainee", "scenario", "kind", "difficulty", "mode", "status", "outcome", "score", "passed",
    "empathy",
    "accuracy", "routing", "started_at", "finished_at", "turns",
  ]

  static func csvRow(_ attempt: AttemptRecord) -> [String] {
    func category(_ name: String) -> String {
      (attempt.categories[name] ?? nil).map(ReportNumber.format) ?? ""
    }
    return [
      String(attempt.id), attempt.trainee, attempt.scenario, attempt.kind.rawValue,
      String(attempt.difficulty),
      attempt.mode.rawValue, attempt.status.rawValue, attempt.outcome?.rawValue ?? "",
      attempt.score.map(ReportNumber.format) ?? "", attempt.passed.map { $0 ? "true" : "false" } ?? "",
      category("empathy"), category("accuracy"), category("routing"), Timestamp.iso(attempt.startedAt),
      attempt.finishedAt.map(Timestamp.iso) ?? "", String(attempt.turnCount),
    ]
  }

  /// One attempt on a line: `#12  2026-11-23 14:05  late-delivery-refund  practice  finished  PASS 86`.
  public static func line(_ attempt: AttemptRecord, style: TextStyle) -> String {
    var verdict = ""
    if let passed = attempt.passed, let score = attempt.score {
      verdict =
        passed
        ? style.green("PASS \(ReportNumber.format(score))") : style.red("FAIL \(ReportNumber.format(score))")
      if attempt.overridden {
        let original =
          "\(attempt.originalPassed == true ? "PASS" : "FAIL") \(attempt.originalScore.map(ReportNumber.format) ?? "-")"
        verdict += style.yellow(" (overridden; originally \(original))")
      }
    }
    let status: String
    switch attempt.status {
    case .finished: status = attempt.outcome?.rawValue ?? "finished"
    case .interrupted:
      status = style.yellow("interrupted after \(attempt.turnCount) turn\(attempt.turnCount == 1 ? "" : "s")")
    case .abandoned: status = style.dim("abandoned")
    case .inProgress: status = style.cyan("in progress")
    }
    return
      "#\(attempt.id)  \(Timestamp.display(attempt.startedAt))  \(attempt.scenario)  \(attempt.mode.rawValue)  \(status)  \(verdict)"
      .trimmingCharacters(in: .whitespaces)
  }
}

/// Dates as people and spreadsheets read them.
public enum Timestamp {
  public static func iso(_ date: Date) -> String { date.formatted(.iso8601) }

  public static func display(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    return formatter.string(from: date)
  }
}

/// The formats `history` writes.
public enum HistoryFormat: String, CaseIterable, Sendable {
  case text, json, csv
}
