import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineTerminal
import FrontlineText

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
  public func write(_ format: HistoryFormat, bom: Bool = false, to output: Output, localizer: Localizer)
    throws
  {
    switch format {
    case .json: output.line(try JSONOutput.encode(attempts))
    case .csv:
      output.write(CSV.document(header: csvHeader, rows: attempts.map(csvRow), bom: bom))
    case .text:
      for line in textLines(style: output.style, localizer: localizer) { output.line(line) }
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
  public func textLines(style: TextStyle, localizer: Localizer) -> [String] {
    attempts.isEmpty
      ? [localizer(ProgressText.noAttempts)]
      : attempts.map { Self.line($0, style: style, localizer: localizer) }
  }

  /// One attempt on a line: `#12  2026-11-23 14:05  late-delivery-refund  practice  finished  PASS 86`.
  public static func line(_ attempt: AttemptRecord, style: TextStyle, localizer: Localizer) -> String {
    var verdict = ""
    if let passed = attempt.passed, let score = attempt.score {
      let text = ResultText.verdict(passed, score, localizer: localizer)
      verdict = passed ? style.green(text) : style.red(text)
      if attempt.overridden {
        verdict += style.yellow(
          localizer(
            ProgressText.overriddenOriginally,
            ["original": ResultText.original(attempt, localizer: localizer)]))
      }
    }
    let status: String
    switch attempt.status {
    case .finished: status = attempt.outcome.map(localizer.outcome) ?? localizer(ProgressText.finished)
    case .interrupted:
      status = style.yellow(localizer(ProgressText.interruptedAfter, count: attempt.turnCount))
    case .abandoned: status = style.dim(localizer(ProgressText.abandoned))
    case .inProgress: status = style.cyan(localizer(ProgressText.inProgress))
    }
    return
      "#\(attempt.id)  \(localizer.dateTime(attempt.startedAt))  \(attempt.scenario)  \(localizer.mode(attempt.mode))  \(status)  \(verdict)"
      .trimmingCharacters(in: .whitespaces)
  }
}

/// The formats `history` writes.
public enum HistoryFormat: String, CaseIterable, Sendable {
  case text, json, csv
}
