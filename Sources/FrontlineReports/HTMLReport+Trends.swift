import FrontlineText

extension HTMLReportPage {
  /// A chart per trainee of every scored attempt in the period, with its dates and text equivalent.
  var trends: HTMLMarkup {
    let title = localizer(ReportText.scoreTrends)
    guard !report.rows.isEmpty else {
      return section(
        "trends", title, .empty, body: "<p class=\"empty\">\(localizer(ReportText.noTrainees))</p>")
    }
    let floor = SVGSparkline.floor(for: report.rows.flatMap { $0.scores.map(\.score) })
    let passLine: HTMLMarkup =
      if let mark = report.passMark {
        format.markup(ReportText.passLine, ["mark": "\(HTMLFormatting.points(mark))"])
      } else {
        format.markup(ReportText.noPassLine)
      }
    let note: HTMLMarkup = """
      \(format.markup(ReportText.trendsScale, ["floor": "\(HTMLFormatting.points(floor))"])) \(passLine) \
      \(format.markup(ReportText.trendsKey, [
        "practice": "<span class=\"key\">● \(localizer(CommonText.practiceMode))</span>",
        "exam": "<span class=\"key\">■ \(localizer(CommonText.examMode))</span>",
      ]))
      """
    let sparkline = SVGSparkline(floor: floor, passMark: report.passMark)
    let cards: [HTMLMarkup] = report.rows.map { row in
      let points = row.scores.filter(\.score.isFinite)
      guard let first = points.first, let last = points.last,
        let chart = sparkline.render(points, label: chartLabel(row.trainee, points))
      else {
        return """
          <div class="spark-card"><p class="spark-name">\(row.trainee)</p>\
          <p class="empty small">\(localizer(ReportText.noScoredAttempts))</p></div>
          """
      }
      let best = points.map(\.score).max() ?? last.score
      let exams = points.filter(\.exam).count
      let dates: [HTMLMarkup] = (points.count == 1 ? [last] : [first, last]).map {
        "<time datetime=\"\(HTMLFormatting.iso($0.startedAt))\">\(format.day($0.startedAt))</time>"
      }
      let stats = format.markup(
        ReportText.sparkStats,
        [
          "scores": "\(localizer(ReportText.scoreCount, count: points.count))",
          "exams": exams == 0 ? .empty : "\(localizer(ReportText.sparkExams, count: exams))",
          "latest": "<strong>\(HTMLFormatting.points(last.score))</strong>",
          "verdict": "\(verdict(last.passed))", "best": "\(HTMLFormatting.points(best))",
        ])
      return """
        <div class="spark-card"><p class="spark-name">\(row.trainee)</p>\(chart)\
        <p class="spark-dates">\(dates)</p>\
        <p class="spark-stats">\(stats)</p></div>
        """
    }
    return section("trends", title, note, body: "<div class=\"spark-grid\">\(cards)</div>")
  }

  /// The chart's text equivalent: how many scores over which days, their range, and the latest.
  func chartLabel(_ trainee: String, _ points: [ScorePoint]) -> String {
    guard let first = points.first, let last = points.last else {
      return localizer(ReportText.chartLabelNone, ["trainee": trainee])
    }
    let scores = points.map(\.score)
    let days =
      points.count == 1
      ? localizer(ReportText.chartOnDay, ["date": format.day(first.startedAt)])
      : localizer(
        ReportText.chartFromTo, ["from": format.day(first.startedAt), "to": format.day(last.startedAt)])
    let exams = points.filter(\.exam).count
    let range =
      points.count == 1
      ? ""
      : localizer(
        ReportText.chartRange,
        [
          "lowest": HTMLFormatting.points(scores.min() ?? 0),
          "highest": HTMLFormatting.points(scores.max() ?? 0),
        ])
    let verdict =
      last.exam
      ? localizer(ReportText.chartExamVerdict, ["verdict": verdict(last.passed)]) : verdict(last.passed)
    return localizer(
      ReportText.chartLabel,
      [
        "trainee": trainee, "attempts": localizer(ReportText.attemptCount, count: points.count), "days": days,
        "range": range, "latest": HTMLFormatting.points(last.score), "verdict": verdict,
        "exams": exams > 0 ? localizer(ReportText.chartExams, count: exams) : "",
      ])
  }

  private func verdict(_ passed: Bool?) -> String {
    switch passed {
    case true?: localizer(ReportText.verdictPassed)
    case false?: localizer(ReportText.verdictNotPassed)
    case nil: localizer(ReportText.verdictNone)
    }
  }
}
