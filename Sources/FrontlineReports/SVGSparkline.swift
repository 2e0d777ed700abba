/// A trainee's scores as a small inline SVG line chart: a dot per attempt (a square for an exam; filled
/// when it passed, hollow when not), the latest larger, and the pass mark as a dashed line. Charts side
/// by side share a scale, `floor` to 100, so that they compare.
struct SVGSparkline: Sendable {
  /// The lowest score on the scale; lower scores sit on it.
  var floor = 0.0
  /// Where the dashed pass line is drawn; none when `nil`.
  var passMark: Double?
  var width = 200.0
  var height = 56.0
  /// Room around the line so that marks at the edges are not cut.
  var padding = 5.0

  /// The chart, or nothing without a (finite) score; `label` is its text equivalent.
  func render(_ points: [ScorePoint], label: String) -> HTMLMarkup? {
    let points = points.filter(\.score.isFinite)
    guard !points.isEmpty else { return nil }
    let xs = points.indices.map(x(count: points.count))
    let line: HTMLMarkup =
      points.count == 1
      ? .empty
      : """
      <polyline class="spark-line" points="\(zip(xs, points).map { "\(number($0)),\(number(y($1.score)))" }.joined(separator: " "))" \
      fill="none" stroke="#0969da" stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round"/>
      """
    let pass: HTMLMarkup =
      passMark.map {
        """
        <line class="spark-pass" x1="0" x2="\(number(width))" y1="\(number(y($0)))" y2="\(number(y($0)))" \
        stroke="#57606a" stroke-width="1" stroke-dasharray="3 3"/>
        """
      } ?? .empty
    let marks: [HTMLMarkup] = zip(xs, points).enumerated().map { index, pair in
      mark(pair.1, x: pair.0, latest: index == points.count - 1)
    }
    return """
      <svg class="sparkline" width="\(number(width))" height="\(number(height))" \
      viewBox="0 0 \(number(width)) \(number(height))" role="img" aria-label="\(label)">\
      <title>\(label)</title>\(pass)\(line)\(marks)</svg>
      """
  }

  /// One attempt's mark: a square for an exam, a dot for practice; filled when passed.
  private func mark(_ point: ScorePoint, x: Double, latest: Bool) -> HTMLMarkup {
    let size = latest ? 1.6 : 1.0
    let fill = point.passed == true ? "#0969da" : "#ffffff"
    let paint = "fill=\"\(fill)\" stroke=\"#0969da\" stroke-width=\"1.2\""
    let y = y(point.score)
    if point.exam {
      let side = 5.0 * size
      return """
        <rect class="spark-exam" x="\(number(x - side / 2))" y="\(number(y - side / 2))" \
        width="\(number(side))" height="\(number(side))" \(HTMLMarkup(trusted: paint))/>
        """
    }
    return """
      <circle cx="\(number(x))" cy="\(number(y))" r="\(number(2.2 * size))" \(HTMLMarkup(trusted: paint))/>
      """
  }

  /// Where the `index`th of `count` marks sits: oldest at the left edge, newest at the right; one alone
  /// in the middle.
  private func x(count: Int) -> (Int) -> Double {
    { index in
      count == 1 ? width / 2 : padding + Double(index) * (width - 2 * padding) / Double(count - 1)
    }
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
