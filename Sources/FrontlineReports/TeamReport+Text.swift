import Foundation
import FrontlineModel
import FrontlineTerminal

extension TeamReport {
  /// The report as plain lines: the team table, then what waits for a team leader.
  public func textLines() -> [String] {
    var lines: [String] = []
    let period = Self.describe(since: since, until: until)
    lines.append("Team report — \(period) — \(rows.count) trainee\(rows.count == 1 ? "" : "s")")
    let header =
      ["TRAINEE", "LEVEL", "ATTEMPTS", "PASS"] + categories.map { $0.uppercased() } + [
        "TREND", "LAST ACTIVE",
      ]
    var table = [header]
    for row in rows {
      var level = row.levelTitle
      if let pending = row.pendingLevel { level += " (pending: \(pending))" }
      let overridden = row.overridden > 0 ? " (\(row.overridden) overridden)" : ""
      let pass: String = row.passRate.map { "\(Int(($0 * 100).rounded()))%" } ?? "-"
      var cells: [String] = [
        TerminalText.oneLine(row.trainee), level, "\(row.attempts)\(overridden)",
        pass,
      ]
      for name in categories {
        let average: Double? = row.averages[name] ?? nil
        cells.append(average.map(ReportNumber.format) ?? "-")
      }
      let trend: String = row.trend.map { ($0 >= 0 ? "+" : "") + ReportNumber.format($0) } ?? "-"
      cells.append(trend)
      cells.append(row.lastActive.map(Self.day) ?? "-")
      table.append(cells)
    }
    // Padded by display width: a Japanese name takes two columns a character.
    lines += TextTable.lines(table)
    lines.append(trendLine)
    if !mostMissed.isEmpty {
      lines.append("")
      lines.append("Most missed criteria:")
      for missed in mostMissed { lines += missed.textLines() }
    }
    if !overrides.isEmpty {
      lines.append("")
      lines.append("Review overrides:")
      for item in overrides {
        func result(_ score: Double?, _ passed: Bool?) -> String {
          (score.map(ReportNumber.format) ?? "-") + (passed.map { $0 ? " pass" : " fail" } ?? "")
        }
        let reason = item.reason.map { ": \(TerminalText.oneLine($0))" } ?? ""
        lines.append(
          "  attempt #\(item.attempt), \(TerminalText.oneLine(item.trainee)), \(TerminalText.oneLine(item.scenario)): "
            + "\(result(item.originalScore, item.originalPassed)) → \(result(item.score, item.passed)) "
            + "by \(TerminalText.oneLine(item.reviewer)) on \(Self.day(item.recordedAt))\(reason)")
      }
    }
    lines.append("")
    lines.append("Pending promotions: " + (pendingPromotions.isEmpty ? "none" : ""))
    for item in pendingPromotions {
      lines.append(
        "  \(TerminalText.oneLine(item.trainee)): \(item.level) → \(item.nextLevel)  (frontline promote \"\(TerminalText.oneLine(item.trainee))\" --reviewer NAME)"
      )
    }
    lines.append("Open disputes: " + (openDisputes.isEmpty ? "none" : ""))
    for dispute in openDisputes {
      lines.append(
        "  attempt #\(dispute.attempt), \(TerminalText.oneLine(dispute.trainee)): \(TerminalText.oneLine(dispute.reason))  (frontline review \(dispute.attempt))"
      )
    }
    return lines
  }

  /// The team table as CSV rows (`bom`: with a byte-order mark).
  public func csv(bom: Bool = false) -> String {
    let header =
      ["trainee", "level", "pending_level", "attempts", "pass_rate"] + categories + [
        "trend", "last_active", "overridden_attempts",
      ]
    let body = rows.map { row -> [String] in
      let pass: String = row.passRate.map { String(format: "%.3f", $0) } ?? ""
      var cells: [String] = [row.trainee, row.level, row.pendingLevel ?? "", String(row.attempts), pass]
      for name in categories {
        let average: Double? = row.averages[name] ?? nil
        cells.append(average.map(ReportNumber.format) ?? "")
      }
      cells.append(row.trend.map(ReportNumber.format) ?? "")
      cells.append(row.lastActive.map { $0.formatted(.iso8601) } ?? "")
      cells.append(String(row.overridden))
      return cells
    }
    return CSV.document(header: header, rows: body, bom: bom)
  }

  /// What the trend column compares.
  var trendLine: String {
    guard let periods = trendPeriods else { return "Trend: none (a period with an end but no start)." }
    let recent = Self.describe(since: periods.recentSince, until: periods.recentUntil)
    let previous = Self.describe(since: periods.previousSince, until: periods.previousUntil)
    if since == nil && until == nil {
      return
        "Trend: the last \(TrendPeriods.defaultDays) days (\(recent)) against the \(TrendPeriods.defaultDays) days before (\(previous))."
    }
    return "Trend: the period against the one of equal length before it (\(previous))."
  }

  static func describe(since: Date?, until: Date?) -> String {
    switch (since, until) {
    case (nil, nil): "all time"
    case (let since?, nil): "since \(day(since))"
    case (nil, let until?): "until \(day(until.addingTimeInterval(-1)))"
    case (let since?, let until?): "\(day(since)) to \(day(until.addingTimeInterval(-1)))"
    }
  }

  static func day(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.string(from: date)
  }
}
