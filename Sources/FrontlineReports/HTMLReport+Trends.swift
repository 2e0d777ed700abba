extension HTMLReportPage {
  /// A chart per trainee of every scored attempt in the period, with its dates and text equivalent.
  var trends: HTMLMarkup {
    let title = "Score trends"
    guard !report.rows.isEmpty else {
      return section("trends", title, .empty, body: "<p class=\"empty\">No trainees in this period.</p>")
    }
    let floor = SVGSparkline.floor(for: report.rows.flatMap { $0.scores.map(\.score) })
    let passLine: HTMLMarkup =
      if let mark = report.passMark {
        "The dashed line is the pass mark, \(HTMLFormatting.points(mark))."
      } else {
        "Pass marks differ by scenario, so no pass line is drawn."
      }
    let note: HTMLMarkup = """
      Every scored attempt in the period (the latest 60), oldest first, on a shared scale from \
      \(HTMLFormatting.points(floor)) to 100. \(passLine) <span class="key">● practice</span> \
      <span class="key">■ exam</span>; filled when it passed, hollow when not; the latest is larger.
      """
    let sparkline = SVGSparkline(floor: floor, passMark: report.passMark)
    let cards: [HTMLMarkup] = report.rows.map { row in
      let points = row.scores.filter(\.score.isFinite)
      guard let first = points.first, let last = points.last,
        let chart = sparkline.render(points, label: chartLabel(row.trainee, points))
      else {
        return """
          <div class="spark-card"><p class="spark-name">\(row.trainee)</p>\
          <p class="empty small">No scored attempts in this period.</p></div>
          """
      }
      let best = points.map(\.score).max() ?? last.score
      let count = points.count == 1 ? "1 score" : "\(points.count) scores"
      let exams = points.filter(\.exam).count
      let examNote: HTMLMarkup = exams == 0 ? .empty : " · \(exams) exam\(exams == 1 ? "" : "s")"
      let dates: [HTMLMarkup] = (points.count == 1 ? [last] : [first, last]).map {
        "<time datetime=\"\(HTMLFormatting.iso($0.startedAt))\">\(format.day($0.startedAt))</time>"
      }
      return """
        <div class="spark-card"><p class="spark-name">\(row.trainee)</p>\(chart)\
        <p class="spark-dates">\(dates)</p>\
        <p class="spark-stats">\(count)\(examNote) · latest <strong>\(HTMLFormatting.points(last.score))\
        </strong> (\(verdict(last.passed))) · best \(HTMLFormatting.points(best))</p></div>
        """
    }
    return section("trends", title, note, body: "<div class=\"spark-grid\">\(cards)</div>")
  }

  /// The chart's text equivalent: how many scores over which days, their range, and the latest.
  func chartLabel(_ trainee: String, _ points: [ScorePoint]) -> String {
    guard let first = points.first, let last = points.last else { return "Scores of \(trainee): none" }
    let scores = points.map(\.score)
    let days =
      points.count == 1
      ? "on \(format.day(first.startedAt))"
      : "from \(format.day(first.startedAt)) to \(format.day(last.startedAt))"
    let exams = points.filter(\.exam).count
    let range =
      points.count == 1
      ? ""
      : ", lowest \(HTMLFormatting.points(scores.min() ?? 0)), highest \(HTMLFormatting.points(scores.max() ?? 0))"
    return """
      Scores of \(trainee): \(points.count) attempt\(points.count == 1 ? "" : "s") \(days)\(range), \
      latest \(HTMLFormatting.points(last.score)) (\(last.exam ? "exam, " : "")\(verdict(last.passed)))\
      \(exams > 0 ? "; \(exams) exam\(exams == 1 ? "" : "s")" : "")
      """
  }

  private func verdict(_ passed: Bool?) -> String {
    switch passed {
    case true?: "passed"
    case false?: "not passed"
    case nil: "no verdict"
    }
  }
}
