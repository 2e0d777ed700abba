import Foundation
import FrontlineModel
import FrontlineTerminal
import FrontlineText

extension TeamReport {
  /// The report as plain lines in `localizer`'s language: the team table, then what waits for a team
  /// leader.
  public func textLines(localizer: Localizer) -> [String] {
    var lines: [String] = []
    let period = Self.describe(since: since, until: until, localizer: localizer)
    lines.append(localizer(ReportText.textTeamHeadline, count: rows.count, ["period": period]))
    let header =
      [
        localizer(ReportText.columnTrainee), localizer(ReportText.columnLevel),
        localizer(ReportText.columnAttempts), localizer(ReportText.columnPass),
      ] + categories.map { localizer.category($0).uppercased() } + [
        localizer(ReportText.columnTrend), localizer(ReportText.columnLastActive),
      ]
    var table = [header]
    for row in rows {
      var level = row.levelTitle
      if let pending = row.pendingLevel {
        level = localizer(ReportText.textLevelPending, ["level": level, "pending": pending])
      }
      let attempts =
        row.overridden > 0
        ? localizer(
          ReportText.textAttemptsOverridden, count: row.overridden, ["attempts": String(row.attempts)])
        : String(row.attempts)
      let pass: String = row.passRate.map { "\(Int(($0 * 100).rounded()))%" } ?? "-"
      var cells: [String] = [TerminalText.oneLine(row.trainee), level, attempts, pass]
      for name in categories {
        let average: Double? = row.averages[name] ?? nil
        cells.append(average.map(localizer.number) ?? "-")
      }
      let trend: String = row.trend.map { ($0 >= 0 ? "+" : "") + localizer.number($0) } ?? "-"
      cells.append(trend)
      cells.append(row.lastActive.map { Self.day($0, localizer: localizer) } ?? "-")
      table.append(cells)
    }
    // Padded by display width: a Japanese name takes two columns a character.
    lines += TextTable.lines(table)
    lines.append(trendLine(localizer: localizer))
    if !mostMissed.isEmpty {
      lines.append("")
      lines.append(localizer(ReportText.textMostMissed))
      for missed in mostMissed { lines += missed.textLines(localizer: localizer) }
    }
    if !overrides.isEmpty {
      lines.append("")
      lines.append(localizer(ReportText.textOverrides))
      for item in overrides {
        func result(_ score: Double?, _ passed: Bool?) -> String {
          let score = score.map(localizer.number) ?? "-"
          switch passed {
          case true?: return localizer(ReportText.textResultPass, ["score": score])
          case false?: return localizer(ReportText.textResultFail, ["score": score])
          case nil: return score
          }
        }
        let reason =
          item.reason.map { localizer(ReportText.textReason, ["reason": TerminalText.oneLine($0)]) } ?? ""
        lines.append(
          localizer(
            ReportText.textOverrideLine,
            [
              "attempt": String(item.attempt), "trainee": TerminalText.oneLine(item.trainee),
              "scenario": TerminalText.oneLine(item.scenario),
              "from": result(item.originalScore, item.originalPassed), "to": result(item.score, item.passed),
              "reviewer": TerminalText.oneLine(item.reviewer),
              "date": Self.day(item.recordedAt, localizer: localizer),
              "reason": reason,
            ]))
      }
    }
    lines.append("")
    lines.append(
      localizer(
        pendingPromotions.isEmpty ? ReportText.textPendingPromotionsNone : ReportText.textPendingPromotions))
    for item in pendingPromotions {
      let name = TerminalText.oneLine(item.trainee)
      lines.append(
        localizer(
          ReportText.textPendingPromotionLine,
          [
            "trainee": name, "level": item.level, "next": item.nextLevel,
            "command": "frontline promote \"\(name)\" --reviewer \(localizer(ReportText.reviewerName))",
          ]))
    }
    lines.append(
      localizer(openDisputes.isEmpty ? ReportText.textOpenDisputesNone : ReportText.textOpenDisputes))
    for dispute in openDisputes {
      lines.append(
        localizer(
          ReportText.textDisputeLine,
          [
            "attempt": String(dispute.attempt), "trainee": TerminalText.oneLine(dispute.trainee),
            "reason": TerminalText.oneLine(dispute.reason), "command": "frontline review \(dispute.attempt)",
          ]))
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
  func trendLine(localizer: Localizer) -> String {
    guard let periods = trendPeriods else { return localizer(ReportText.textTrendNone) }
    let recent = Self.describe(since: periods.recentSince, until: periods.recentUntil, localizer: localizer)
    let previous = Self.describe(
      since: periods.previousSince, until: periods.previousUntil, localizer: localizer)
    if since == nil && until == nil {
      return localizer(
        ReportText.textTrendLastDays,
        ["days": String(TrendPeriods.defaultDays), "recent": recent, "previous": previous])
    }
    return localizer(ReportText.textTrendPeriod, ["previous": previous])
  }

  /// A period, both ends included: `all time`, `since 2026-11-01`, `2026-11-01 to 2026-11-30`.
  static func describe(since: Date?, until: Date?, localizer: Localizer) -> String {
    switch (since, until) {
    case (nil, nil): localizer(ReportText.allTime)
    case (let since?, nil): localizer(ReportText.periodSince, ["date": day(since, localizer: localizer)])
    case (nil, let until?):
      localizer(ReportText.periodUntil, ["date": day(until.addingTimeInterval(-1), localizer: localizer)])
    case (let since?, let until?):
      localizer(
        ReportText.textPeriodRange,
        [
          "from": day(since, localizer: localizer),
          "to": day(until.addingTimeInterval(-1), localizer: localizer),
        ])
    }
  }

  /// A day as the text reports give it, in UTC: `2026-11-23`, `2026年11月23日`.
  static func day(_ date: Date, localizer: Localizer) -> String {
    localizer.date(date, in: .gmt)
  }
}
