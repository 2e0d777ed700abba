extension HTMLReportPage {
  /// The reviews in the period that changed a result: whose attempt, from what to what, who, when, why.
  var overrides: HTMLMarkup {
    let title = "Review overrides"
    guard !report.overrides.isEmpty else {
      return section(
        "overrides", title, .empty, body: "<p class=\"empty\">No review overrode a result in this period.</p>"
      )
    }
    let rows: [HTMLMarkup] = report.overrides.map { item in
      let categories: HTMLMarkup =
        item.categories.isEmpty
        ? .empty
        : """
        <span class="changed">\(item.categories.sorted { $0.key < $1.key }.map { "\($0.key) \(HTMLFormatting.points($0.value))" }.joined(separator: ", "))</span>
        """
      let reason: HTMLMarkup = item.reason.map { "\($0)" } ?? "<span class=\"muted\">—</span>"
      return """
        <tr><th scope="row" data-label="Attempt" class="num">#\(item.attempt)</th>\
        <td data-label="Trainee" class="who">\(item.trainee)</td>\
        <td data-label="Scenario"><span title="\(item.scenario)">\(item.scenarioTitle)</span></td>\
        <td data-label="Result" class="result">\(result(item.originalScore, item.originalPassed)) → \
        <strong>\(result(item.score, item.passed))</strong>\(categories)</td>\
        <td data-label="Reviewer">\(item.reviewer)</td>\
        <td data-label="Date"><time datetime="\(HTMLFormatting.iso(item.recordedAt))">\
        \(format.day(item.recordedAt))</time></td>\
        <td data-label="Reason" class="reason-cell">\(reason)</td></tr>
        """
    }
    let table: HTMLMarkup = """
      <table class="stack overrides">
      <thead><tr><th scope="col" class="num">Attempt</th><th scope="col">Trainee</th>\
      <th scope="col">Scenario</th><th scope="col">Result</th><th scope="col">Reviewer</th>\
      <th scope="col">Date</th><th scope="col">Reason</th></tr></thead>
      <tbody>
      \(rows.joined(separator: "\n"))
      </tbody>
      </table>
      """
    return section(
      "overrides", title,
      "Reviews recorded in the period that changed a score or a verdict, oldest first; the original is kept.",
      body: table)
  }

  /// A score with its verdict: `64 failed`, `72 passed`.
  private func result(_ score: Double?, _ passed: Bool?) -> HTMLMarkup {
    let number: HTMLMarkup = score.map { "\(HTMLFormatting.points($0))" } ?? "—"
    let verdict: HTMLMarkup =
      switch passed {
      case true?: " <span class=\"verdict pass\">passed</span>"
      case false?: " <span class=\"verdict fail\">failed</span>"
      case nil: .empty
      }
    return "<span class=\"score\">\(number)\(verdict)</span>"
  }
}
