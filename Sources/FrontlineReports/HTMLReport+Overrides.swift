import FrontlineText

extension HTMLReportPage {
  /// The reviews in the period that changed a result: whose attempt, from what to what, who, when, why.
  var overrides: HTMLMarkup {
    let title = localizer(ReportText.reviewOverrides)
    guard !report.overrides.isEmpty else {
      return section(
        "overrides", title, .empty, body: "<p class=\"empty\">\(localizer(ReportText.noOverrides))</p>")
    }
    let rows: [HTMLMarkup] = report.overrides.map { item in
      let categories: HTMLMarkup =
        item.categories.isEmpty
        ? .empty
        : """
        <span class="changed">\(localizer.list(item.categories.sorted { $0.key < $1.key }.map { "\(localizer.category($0.key)) \(HTMLFormatting.points($0.value))" }))</span>
        """
      let reason: HTMLMarkup = item.reason.map { "\($0)" } ?? "<span class=\"muted\">—</span>"
      return """
        <tr><th scope="row" data-label="\(localizer(ReportText.attempt))" class="num">#\(item.attempt)</th>\
        <td data-label="\(localizer(ReportText.trainee))" class="who">\(item.trainee)</td>\
        <td data-label="\(localizer(ReportText.scenario))"><span title="\(item.scenario)">\(item.scenarioTitle)</span></td>\
        <td data-label="\(localizer(ReportText.result))" class="result">\(result(item.originalScore, item.originalPassed)) → \
        <strong>\(result(item.score, item.passed))</strong>\(categories)</td>\
        <td data-label="\(localizer(ReportText.reviewer))">\(item.reviewer)</td>\
        <td data-label="\(localizer(ReportText.date))"><time datetime="\(HTMLFormatting.iso(item.recordedAt))">\
        \(format.day(item.recordedAt))</time></td>\
        <td data-label="\(localizer(ReportText.reason))" class="reason-cell">\(reason)</td></tr>
        """
    }
    let table: HTMLMarkup = """
      <table class="stack overrides">
      <thead><tr><th scope="col" class="num">\(localizer(ReportText.attempt))</th>\
      <th scope="col">\(localizer(ReportText.trainee))</th><th scope="col">\(localizer(ReportText.scenario))</th>\
      <th scope="col">\(localizer(ReportText.result))</th><th scope="col">\(localizer(ReportText.reviewer))</th>\
      <th scope="col">\(localizer(ReportText.date))</th><th scope="col">\(localizer(ReportText.reason))</th></tr></thead>
      <tbody>
      \(rows.joined(separator: "\n"))
      </tbody>
      </table>
      """
    return section("overrides", title, format.markup(ReportText.overridesNote), body: table)
  }

  /// A score with its verdict: `64 failed`, `72 passed`.
  private func result(_ score: Double?, _ passed: Bool?) -> HTMLMarkup {
    let number: HTMLMarkup = score.map { "\(HTMLFormatting.points($0))" } ?? "—"
    let verdict: HTMLMarkup =
      switch passed {
      case true?: " <span class=\"verdict pass\">\(localizer(ReportText.verdictPassed))</span>"
      case false?: " <span class=\"verdict fail\">\(localizer(ReportText.verdictFailed))</span>"
      case nil: .empty
      }
    return "<span class=\"score\">\(number)\(verdict)</span>"
  }
}
