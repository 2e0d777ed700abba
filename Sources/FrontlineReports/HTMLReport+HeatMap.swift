import FrontlineText

extension HTMLReportPage {
  /// Trainees by category, each cell shaded by its average and showing it, with the team's mean below.
  var heatMap: HTMLMarkup {
    let title = localizer(ReportText.heatMap)
    guard !report.rows.isEmpty, !report.categories.isEmpty else {
      return section(
        "heat-map", title, .empty, body: "<p class=\"empty\">\(localizer(ReportText.nothingToMap))</p>")
    }
    let means: [Double?] = report.categories.map { category in
      let values = report.rows.compactMap { Self.average($0, category) }
      return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
    let weakest = means.enumerated().compactMap { index, mean in mean.map { (index, $0) } }
      .min { $0.1 < $1.1 }
    let headers: [HTMLMarkup] = report.categories.map {
      "<th scope=\"col\" class=\"cat\">\(localizer.category($0))</th>"
    }
    let notApplicable = localizer(CommonText.notApplicable)
    let rows: [HTMLMarkup] = report.rows.map { row in
      let cells: [HTMLMarkup] = report.categories.map { category in
        let name = localizer.category(category)
        guard let value = Self.average(row, category) else {
          let title = localizer(ReportText.heatCellEmpty, ["trainee": row.trainee, "category": name])
          return "<td class=\"heat na\" title=\"\(title)\">\(notApplicable)</td>"
        }
        let title = localizer(
          ReportText.heatCell,
          ["trainee": row.trainee, "category": name, "value": HTMLFormatting.points(value)])
        return """
          <td class="heat h\(HeatMap.step(value))" title="\(title)">\(HTMLFormatting.points(value))</td>
          """
      }
      return "<tr><th scope=\"row\">\(row.trainee)</th>\(cells)</tr>"
    }
    let meanCells: [HTMLMarkup] = means.enumerated().map { index, mean in
      guard let mean else { return "<td class=\"mean-cell na\">\(notApplicable)</td>" }
      let isWeakest = means.count > 1 && weakest?.0 == index
      return """
        <td class="mean-cell h\(HeatMap.step(mean))\(isWeakest ? " weakest" : "")">\
        \(HTMLFormatting.points(mean))</td>
        """
    }
    let note: HTMLMarkup =
      if let weakest, means.count > 1 {
        format.markup(
          ReportText.weakestSkill,
          [
            "category": "<strong>\(localizer.category(report.categories[weakest.0]))</strong>",
            "mean": "\(HTMLFormatting.points(weakest.1))",
          ])
      } else {
        .empty
      }
    let table: HTMLMarkup = """
      <div class="scroll"><table class="heat-map">
      <thead><tr><th scope="col">\(localizer(ReportText.trainee))</th>\(headers)</tr></thead>
      <tbody>
      \(rows.joined(separator: "\n"))
      </tbody>
      <tfoot><tr><th scope="row">\(localizer(ReportText.teamMean))</th>\(meanCells)</tr></tfoot>
      </table></div>
      \(legend)
      """
    return section("heat-map", title, note, body: table)
  }

  /// The scale's steps, each with its range, and what grey means.
  private var legend: HTMLMarkup {
    let steps: [HTMLMarkup] = HeatMap.steps.indices.map {
      "<li class=\"heat-step h\($0)\">\(HeatMap.label($0))</li>"
    }
    return """
      <div class="legend"><span class="legend-label" id="heat-legend">\(localizer(ReportText.legend))</span>\
      <ol class="heat-scale" aria-labelledby="heat-legend">\(steps)\
      <li class="heat-step na">\(localizer(ReportText.legendEmpty))</li></ol></div>
      """
  }
}
