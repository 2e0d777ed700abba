import Foundation

extension HTMLReportPage {
  /// One row per trainee. On a narrow screen each row stacks into a block of labelled lines (the
  /// `stack` table style, which every table of the page can use).
  var teamTable: HTMLMarkup {
    guard !report.rows.isEmpty else {
      return section("team", "Team", .empty, body: "<p class=\"empty\">No trainees in this period.</p>")
    }
    let categories: [HTMLMarkup] = report.categories.map { "<th scope=\"col\" class=\"num cat\">\($0)</th>" }
    let table: HTMLMarkup = """
      <table class="stack team">
      <thead><tr><th scope="col">Trainee</th><th scope="col">Level</th>\
      <th scope="col" class="num">Attempts</th><th scope="col" class="num">Pass rate</th>\(categories)\
      <th scope="col" class="num">Trend</th><th scope="col">Last active</th></tr></thead>
      <tbody>
      \(report.rows.map(teamRow).joined(separator: "\n"))
      </tbody>
      </table>
      """
    return section("team", "Team", "Averages per category are 0–100. \(trendNote)", body: table)
  }

  /// What the trend column compares, with the dates.
  var trendNote: HTMLMarkup {
    guard let periods = report.trendPeriods else {
      return "There is no trend: a period with an end but no start has no period before it."
    }
    let recent = format.period(since: periods.recentSince, until: periods.recentUntil)
    let previous = format.period(since: periods.previousSince, until: periods.previousUntil)
    if report.since == nil && report.until == nil {
      return """
        The trend compares the average score of the last \(TrendPeriods.defaultDays) days \
        (<span class="dates">\(recent)</span>) with the \(TrendPeriods.defaultDays) days before \
        (<span class="dates">\(previous)</span>).
        """
    }
    return """
      The trend compares the average score in the period with the period of equal length before it \
      (<span class="dates">\(previous)</span>).
      """
  }

  /// The trainee's name as the team table shows it: the one place to make it a link to their section.
  func traineeName(_ row: TraineeRow) -> HTMLMarkup {
    guard coaching.contains(where: { $0.trainee == row.trainee }) else {
      return "<span class=\"name\">\(row.trainee)</span>"
    }
    return """
      <a class="name" href="#\(HTMLCoaching.anchor(row.trainee))" title="Coaching view">\(row.trainee)</a>
      """
  }

  private func teamRow(_ row: TraineeRow) -> HTMLMarkup {
    let overridden: HTMLMarkup =
      row.overridden > 0
      ? """
      <span class="badge override" title="A team leader's review overrode \(row.overridden) of these \
      attempts">\(row.overridden) overridden</span>
      """
      : .empty
    let pending: HTMLMarkup =
      row.pendingLevel.map {
        """
        <span class="badge pending" title="Waiting for a team leader's approval: \($0)">pending: \($0)</span>
        """
      } ?? .empty
    let averages: [HTMLMarkup] = report.categories.map { category in
      guard let value = Self.average(row, category) else {
        return "<td data-label=\"\(category)\" class=\"num na-text\">N/A</td>"
      }
      return "<td data-label=\"\(category)\" class=\"num\">\(HTMLFormatting.average(value))</td>"
    }
    return """
      <tr\(row.overridden > 0 ? " class=\"has-override\"" : HTMLMarkup.empty)>\
      <th scope="row" class="trainee">\(traineeName(row))\(overridden)</th>\
      <td data-label="Level" class="level"><span title="\(row.level)">\(row.levelTitle)</span>\(pending)</td>\
      <td data-label="Attempts" class="num">\(row.attempts)</td>\
      <td data-label="Pass rate" class="num">\(passRate(row))</td>\(averages)\
      <td data-label="Trend" class="num">\(trend(row.trend))</td>\
      <td data-label="Last active" class="last">\(lastActive(row.lastActive))</td></tr>
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
      return "<span class=\"muted\" title=\"No scores in one of the periods compared\">—</span>"
    }
    let change = HTMLFormatting.change(trend)
    if change == "0.0" { return "<span class=\"trend flat\" title=\"No change\">→ 0.0</span>" }
    return trend > 0
      ? "<span class=\"trend up\" title=\"Up \(change) points\">▲ \(change)</span>"
      : "<span class=\"trend down\" title=\"Down \(change) points\">▼ \(change)</span>"
  }

  private func lastActive(_ date: Date?) -> HTMLMarkup {
    guard let date else { return "<span class=\"muted\">never</span>" }
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
