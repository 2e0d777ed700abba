import Foundation
import FrontlineModel
import FrontlineTerminal

extension TraineeReport {
  /// The longest reply or customer message quoted in text, in characters; the HTML page shows it whole.
  static let quoted = 240
  /// The most missed criteria listed under a quoted reply, the weightiest first.
  static let missesShown = 4

  /// The report for a person at a terminal.
  public func textLines() -> [String] {
    var lines = [
      "\(TerminalText.oneLine(trainee)) — \(attempts) finished attempt\(attempts == 1 ? "" : "s")"
        + (passRate.map { ", pass rate \(Int(($0 * 100).rounded()))%" } ?? "")
    ]
    if let sample = trends.first(where: { $0.recent != nil }), let recent = sample.recent {
      let earlier =
        sample.earlier.map { " against the \(Self.count($0.attempts)) before (\(Self.range($0)))" } ?? ""
      lines.append("")
      lines.append("Categories, the latest \(Self.count(recent.attempts)) (\(Self.range(recent)))\(earlier):")
      let rows = trends.map { trend -> [String] in
        let change = trend.change.map { " (\($0 >= 0 ? "+" : "−")\(ReportNumber.format(abs($0))))" } ?? ""
        return ["\(trend.category)", (trend.recent.map { ReportNumber.format($0.average) } ?? "-") + change]
      }
      lines += TextTable.lines(rows).map { "  " + $0 }
    }
    if !weakestReplies.isEmpty {
      lines.append("")
      lines.append("Weakest replies:")
      for weak in weakestReplies {
        lines.append(
          "  #\(weak.attempt) \(TeamReport.day(weak.at)) \(weak.scenario) · \(weak.step): "
            + "\(weak.passed ? "PASS" : "FAIL") \(ReportNumber.format(weak.score))")
        if let customer = weak.customer { lines.append("      Customer: \(Self.quote(customer))") }
        lines.append("      Reply: \(Self.quote(weak.reply))")
        for miss in weak.missed.prefix(Self.missesShown) {
          var line = "      Missed: \(TerminalText.oneLine(miss.description))"
          if miss.critical { line += " (critical)" }
          if let note = miss.note { line += " — \(TerminalText.oneLine(note))" }
          lines.append(line)
          if let tip = miss.tip { lines.append("        Tip: \(TerminalText.oneLine(tip))") }
        }
        if weak.missed.count > Self.missesShown {
          lines.append(
            "      … and \(weak.missed.count - Self.missesShown) more (frontline review \(weak.attempt))")
        }
      }
    }
    lines.append("")
    lines.append("Ended early: " + (endedEarly.isEmpty ? "none" : "\(endedEarly.count)"))
    for note in endedEarly {
      lines.append(
        "  #\(note.attempt) \(TeamReport.day(note.startedAt)) \(note.scenario), after \(note.turns) repl\(note.turns == 1 ? "y" : "ies")"
      )
    }
    lines.append("Hints and knowledge-base lookups:" + (assistance.isEmpty ? " none" : ""))
    for help in assistance {
      var parts: [String] = []
      if help.hints > 0 { parts.append("\(help.hints) hint\(help.hints == 1 ? "" : "s")") }
      if !help.lookups.isEmpty {
        parts.append("looked up " + help.lookups.map(TerminalText.oneLine).joined(separator: ", "))
      }
      lines.append(
        "  #\(help.attempt) \(TeamReport.day(help.startedAt)) \(help.scenario): \(parts.joined(separator: "; "))"
      )
    }
    if !mostMissed.isEmpty {
      lines.append("")
      lines.append("Missed most often:")
      for missed in mostMissed { lines += missed.textLines() }
    }
    if !history.isEmpty {
      lines.append("")
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

  /// `attempt`, `3 attempts`.
  static func count(_ attempts: Int) -> String {
    attempts == 1 ? "attempt" : "\(attempts) attempts"
  }

  /// `2026-11-03 to 2026-11-20`, or one day.
  static func range(_ span: Span) -> String {
    let from = TeamReport.day(span.from)
    let to = TeamReport.day(span.to)
    return from == to ? from : "\(from) to \(to)"
  }

  /// Text on one line in quotes, cut at ``quoted`` characters.
  static func quote(_ text: String) -> String {
    let line = TerminalText.oneLine(text)
    return "“" + (line.count > quoted ? String(line.prefix(quoted)) + "…" : line) + "”"
  }
}
