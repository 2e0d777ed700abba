/// A trainee's scores as a small inline SVG line chart with the pass mark drawn faintly. Charts side by
/// side share a scale, `floor` to 100, so that they compare.
struct SVGSparkline: Sendable {
  /// Scores at or above it pass.
  static let passMark = 70.0

  /// The lowest score on the scale; lower scores sit on it.
  var floor = 0.0
  var width = 200.0
  var height = 56.0
  /// Room around the line so that dots at the edges are not cut.
  var padding = 4.0

  /// The chart, or nothing without a (finite) score. One score is a single dot.
  func render(_ scores: [Double], label: String) -> HTMLMarkup? {
    let scores = scores.filter(\.isFinite)
    guard let last = scores.last else { return nil }
    let passY = y(Self.passMark)
    let summary = scores.map(HTMLFormatting.points).joined(separator: ", ")
    let line: HTMLMarkup =
      scores.count == 1
      ? .empty
      : """
      <polyline class="spark-line" points="\(points(scores))" fill="none" stroke="#0969da" \
      stroke-width="2" stroke-linejoin="round" stroke-linecap="round"/>
      """
    let lastX = scores.count == 1 ? width / 2 : width - padding
    let lastColour = last >= Self.passMark ? "#1a7f37" : "#cf222e"
    return """
      <svg class="sparkline" width="\(number(width))" \
      height="\(number(height))" viewBox="0 0 \(number(width)) \(number(height))" role="img" \
      aria-label="\(label): \(summary)"><title>\(label): \(summary)</title>\
      <line class="spark-pass" x1="0" x2="\(number(width))" y1="\(number(passY))" y2="\(number(passY))" \
      stroke="#8c959f" stroke-width="1" stroke-dasharray="3 3" opacity="0.55"/>\
      \(line)<circle cx="\(number(lastX))" cy="\(number(y(last)))" r="2.8" fill="\(lastColour)"/></svg>
      """
  }

  /// The polyline's points, oldest at the left edge, newest at the right.
  private func points(_ scores: [Double]) -> String {
    let step = (width - 2 * padding) / Double(scores.count - 1)
    return scores.enumerated().map { index, score in
      "\(number(padding + Double(index) * step)),\(number(y(score)))"
    }.joined(separator: " ")
  }

  /// Where a score sits, 100 at the top and `floor` at the bottom.
  private func y(_ score: Double) -> Double {
    let floor = min(max(floor, 0), 90)
    let score = min(max(score, floor), 100)
    return padding + (100 - score) / (100 - floor) * (height - 2 * padding)
  }

  /// A floor that shows every score: 40, or lower in tens to reach the lowest score.
  static func floor(for scores: [Double]) -> Double {
    let lowest = scores.filter(\.isFinite).min() ?? 100
    return max(min(40, (lowest / 10).rounded(.down) * 10), 0)
  }

  private func number(_ value: Double) -> String { HTMLFormatting.coordinate(value) }
}
