/// The red → amber → green scale the HTML report colours averages with.
enum HeatMap {
  /// The hue at some averages, in between them linearly: red below 50, amber around the pass mark of 70,
  /// green from 90.
  static let stops: [(value: Double, hue: Double)] = [(0, 0), (50, 4), (70, 40), (90, 120), (100, 135)]

  /// The hue, 0-360, for an average 0-100.
  static func hue(_ value: Double) -> Double {
    let value = value.isNaN ? 0 : min(max(value, 0), 100)
    for (low, high) in zip(stops, stops.dropFirst()) where value <= high.value {
      let share = (value - low.value) / (high.value - low.value)
      return low.hue + share * (high.hue - low.hue)
    }
    return stops[stops.count - 1].hue
  }

  /// The cell's background for an average 0-100: light enough for dark text on it.
  static func background(_ value: Double) -> String {
    "hsl(\(Int(hue(value).rounded())) 68% 78%)"
  }

  /// The cell's text colour: a dark shade of the same hue.
  static func foreground(_ value: Double) -> String {
    "hsl(\(Int(hue(value).rounded())) 60% 20%)"
  }

  /// A CSS gradient through the scale, for the legend.
  static var gradient: String {
    let steps = stride(from: 0.0, through: 100, by: 10).map { "\(background($0)) \(Int($0))%" }
    return "linear-gradient(to right, \(steps.joined(separator: ", ")))"
  }
}

extension HTMLReportPage {
  /// Trainees by category, each cell coloured by the average, with the team's mean below.
  var heatMap: HTMLMarkup {
    let title = "Heat map"
    guard !report.rows.isEmpty, !report.categories.isEmpty else {
      return section("heat-map", title, .empty, body: "<p class=\"empty\">Nothing to map in this period.</p>")
    }
    let means: [Double?] = report.categories.map { category in
      let values = report.rows.compactMap { Self.average($0, category) }
      return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
    let weakest = means.enumerated().compactMap { index, mean in mean.map { (index, $0) } }
      .min { $0.1 < $1.1 }
    let headers: [HTMLMarkup] = report.categories.map { "<th scope=\"col\" class=\"cat\">\($0)</th>" }
    let rows: [HTMLMarkup] = report.rows.map { row in
      let cells: [HTMLMarkup] = report.categories.map { category in
        guard let value = Self.average(row, category) else {
          return "<td class=\"heat na\" title=\"\(row.trainee) · \(category): no attempts\">N/A</td>"
        }
        return """
          <td class="heat" style="\(Self.colours(value))" title="\(row.trainee) · \(category): \
          \(HTMLFormatting.points(value))">\(HTMLFormatting.points(value))</td>
          """
      }
      return "<tr><th scope=\"row\">\(row.trainee)</th>\(cells)</tr>"
    }
    let meanCells: [HTMLMarkup] = means.enumerated().map { index, mean in
      guard let mean else { return "<td class=\"mean-cell na\">N/A</td>" }
      let isWeakest = means.count > 1 && weakest?.0 == index
      return """
        <td class="mean-cell\(isWeakest ? " weakest" : "")" style="\(Self.colours(mean))">\
        \(HTMLFormatting.points(mean))</td>
        """
    }
    let note: HTMLMarkup =
      if let weakest, means.count > 1 {
        """
        The weakest skill across the team is <strong>\(report.categories[weakest.0])</strong> \
        (team mean \(HTMLFormatting.points(weakest.1))).
        """
      } else {
        .empty
      }
    let table: HTMLMarkup = """
      <div class="scroll"><table class="heat-map">
      <thead><tr><th scope="col">Trainee</th>\(headers)</tr></thead>
      <tbody>
      \(rows.joined(separator: "\n"))
      </tbody>
      <tfoot><tr><th scope="row">Team mean</th>\(meanCells)</tr></tfoot>
      </table></div>
      \(legend)
      """
    return section("heat-map", title, note, body: table)
  }

  /// The scale's gradient with the marks that matter, and what grey means.
  private var legend: HTMLMarkup {
    """
    <div class="legend" aria-label="Colour scale"><span class="legend-label">0</span>\
    <span class="legend-bar" style="background: \(HeatMap.gradient)"><span class="legend-mark" \
    style="left: 50%">50</span><span class="legend-mark" style="left: 70%">70 pass</span></span>\
    <span class="legend-label">100</span><span class="legend-na">N/A</span>\
    <span class="legend-label">no attempts</span></div>
    """
  }

  private static func colours(_ value: Double) -> String {
    "background: \(HeatMap.background(value)); color: \(HeatMap.foreground(value))"
  }
}
