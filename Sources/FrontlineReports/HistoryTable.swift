import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineTerminal

/// A trainee's attempts as text, JSON or CSV, as `frontline history` and the REPL's `history` show
/// them.
public struct HistoryTable {
  let attempts: [AttemptRecord]
  /// The category columns of the CSV: the standard ones, then any others the attempts were scored in.
  let categories: [String]

  public init(attempts: [AttemptRecord]) {
    self.attempts = attempts
    self.categories = Category.ordered(attempts.flatMap { $0.categories.keys })
  }

  /// Writes the attempts as text, JSON or CSV (`bom`: with a byte-order mark).
  public func write(_ format: HistoryFormat, bom: Bool = false, to output: Output) throws {
    switch format {
    case .json: output.line(try JSONOutput.encode(attempts))
    case .csv:
      output.write(CSV.document(header: csvHeader, rows: attempts.map(csvRow), bom: bom))
    case .text:
      for line in textLines(style: output.style) { output.line(line) }
    }
  }

  var csvHeader: [String] {
    [
      "id", "trainee", "scenario", "kind", "difficulty", "mode", "status", "outcome", "score", "passed",
      "original_score", "original_passed", "overridden",
    ]
      + categories + ["started_at", "finished_at", "turns"]
  }

  func csvRow(_ attempt: AttemptRecord) -> [String] {
    [
      String(attempt.id), attempt.trainee, attempt.scenario, attempt.kind.rawValue,
      String(attempt.difficulty),
      attempt.mode.rawValue, attempt.status.rawValue, attempt.outcome?.rawValue ?? "",
      attempt.score.map(ReportNumber.format) ?? "", CSV.bool(attempt.passed),
      attempt.originalScore.map(ReportNumber.format) ?? "", CSV.bool(attempt.originalPassed),
      CSV.bool(attempt.overridden),
    ]
      + categories.map { (attempt.categories[$0] ?? nil).map(ReportNumber.format) ?? "" }
      + [
        Timestamp.iso(attempt.startedAt), attempt.finishedAt.map(Timestamp.iso) ?? "",
        String(attempt.turnCount),
      ]
  }

  /// The attempts as lines for a person, newest first.
  public func textLines(style: TextStyle) -> [String] {
    attempts.isEmpty ? ["No attempts yet."] : attempts.map { Self.line($0, style: style) }
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

/// The formats `history` writes.
public enum HistoryFormat: String, CaseIterable, Sendable {
  case text, json, csv
}
