import Foundation
import FrontlineText

extension HTMLReportPage {
  /// One row per trainee. On a narrow screen each row stacks into a block of labelled lines (the
  /// `stack` table style, which every table of the page can use).
  var teamTable: HTMLMarkup {
    let title = localizer(ReportText.team)
    guard !report.rows.isEmpty else {
      return section(
        "team", title, .empty, body: "<p class=\"empty\">\(localizer(ReportText.noTrainees))</p>")
    }
    let categories: [HTMLMarkup] = report.categories.map {
      "<th scope=\"col\" class=\"num cat\">\(localizer.category($0))</th>"
    }
    let table: HTMLMarkup = """
      <table class="stack team">
      <thead><tr><th scope="col">\(localizer(ReportText.trainee))</th><th scope="col">\(localizer(ReportText.level))</th>\
      <th scope="col" class="num">\(localizer(ReportText.attempts))</th>\
      <th scope="col" class="num">\(localizer(ReportText.passRate))</th>\(categories)\
      <th scope="col" class="num">\(localizer(ReportText.trend))</th>\
      <th scope="col">\(localizer(ReportText.lastActive))</th></tr></thead>
      <tbody>
      \(report.rows.map(teamRow).joined(separator: "\n"))
      </tbody>
      </table>
      """
    return section("team", title, format.markup(ReportText.teamNote, ["trend": trendNote]), body: table)
  }

  /// What the trend column compares, with the dates.
  var trendNote: HTMLMarkup {
    guard let periods = report.trendPeriods else { return format.markup(ReportText.noTrendNote) }
    let recent = format.period(since: periods.recentSince, until: periods.recentUntil)
    let previous = format.period(since: periods.previousSince, until: periods.previousUntil)
    if report.since == nil && report.until == nil {
      return format.markup(
        ReportText.trendNoteLastDays,
        [
          "days": "\(TrendPeriods.defaultDays)", "recent": "<span class=\"dates\">\(recent)</span>",
          "previous": "<span class=\"dates\">\(previous)</span>",
        ])
    }
    return format.markup(ReportText.trendNotePeriod, ["previous": "<span class=\"dates\">\(previous)</span>"])
  }

  /// The trainee's name as the team table shows it: the one place to make it a link to their section.
  func traineeName(_ row: TraineeRow) -> HTMLMarkup {
    guard coaching.contains(where: { $0.trainee == row.trainee }) else {
      return "<span class=\"name\">\(row.trainee)</span>"
    }
    return """
      <a class="name" href="#\(HTMLCoaching.anchor(row.trainee))" title="\(localizer(ReportText.coachingView))">\
      \(row.trainee)</a>
      """
  }

  private func teamRow(_ row: TraineeRow) -> HTMLMarkup {
    let overridden: HTMLMarkup =
      row.overridden > 0
      ? """
      <span class="badge override" title="\(localizer(ReportText.overriddenTitle, count: row.overridden))">\
      \(localizer(ReportText.overriddenBadge, count: row.overridden))</span>
      """
      : .empty
    let pending: HTMLMarkup =
      row.pendingLevel.map {
        """
        <span class="badge pending" title="\(localizer(ReportText.pendingTitle, ["level": $0]))">\
        \(localizer(ReportText.pendingBadge, ["level": $0]))</span>
        """
      } ?? .empty
    let averages: [HTMLMarkup] = report.categories.map { category in
      let label = localizer.category(category)
      guard let value = Self.average(row, category) else {
        return "<td data-label=\"\(label)\" class=\"num na-text\">\(localizer(CommonText.notApplicable))</td>"
      }
      return "<td data-label=\"\(label)\" class=\"num\">\(HTMLFormatting.average(value))</td>"
    }
    return """
      <tr\(row.overridden > 0 ? " class=\"has-override\"" : HTMLMarkup.empty)>\
      <th scope="row" class="trainee">\(traineeName(row))\(overridden)</th>\
      <td data-label="\(localizer(ReportText.level))" class="level"><span title="\(row.level)">\(row.levelTitle)</span>\(pending)</td>\
      <td data-label="\(localizer(ReportText.attempts))" class="num">\(row.attempts)</td>\
      <td data-label="\(localizer(ReportText.passRate))" class="num">\(passRate(row))</td>\(averages)\
      <td data-label="\(localizer(ReportText.trend))" class="num">\(trend(row.trend))</td>\
      <td data-label="\(localizer(ReportText.lastActive))" class="last">\(lastActive(row.lastActive))</td></tr>
      """
  }

  private func passRate(_ row: TraineeRow) -> HTMLMarkup {
    guard let rate = row.passRate, rate.isFinite else { return "<span class=\"muted\">—</span>" }
    let width = HTMLFormatting.points(min(max(rate, 0), 1) * 100)
    return """
      \(HTMLFormatting.percent(rate))<span class="meter" aria-hidden="true">\
      <span style="width: \(width)%"></span></span>
      """
  }

  private func trend(_ trend: Double?) -> HTMLMarkup {
    guard let trend, trend.isFinite else {
      return "<span class=\"muted\" title=\"\(localizer(ReportText.trendMissingTitle))\">—</span>"
    }
    let change = HTMLFormatting.change(trend)
    if change == "0.0" {
      return "<span class=\"trend flat\" title=\"\(localizer(ReportText.trendFlatTitle))\">→ 0.0</span>"
    }
    return trend > 0
      ? "<span class=\"trend up\" title=\"\(localizer(ReportText.trendUpTitle, ["change": change]))\">▲ \(change)</span>"
      : "<span class=\"trend down\" title=\"\(localizer(ReportText.trendDownTitle, ["change": change]))\">▼ \(change)</span>"
  }

  private func lastActive(_ date: Date?) -> HTMLMarkup {
    guard let date else { return "<span class=\"muted\">\(localizer(ReportText.never))</span>" }
    let stale = format.days(from: date, to: report.generatedAt) > 14
    return """
      <time datetime="\(HTMLFormatting.iso(date))">\(format.day(date))</time> \
      <span class="ago\(stale ? " stale" : "")">\(format.ago(date, now: report.generatedAt))</span>
      """
  }

  /// A trainee's average in a category, `nil` when there is none.
  static func average(_ row: TraineeRow, _ category: String) -> Double? {
    guard let value = row.averages[category] ?? nil, value.isFinite else { return nil }
    return value
  }
}
