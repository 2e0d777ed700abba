import Foundation
import FrontlineModel

/// The colour scale the HTML report's heat map shades averages with: ten steps of ten points on the
/// viridis ramp (dark violet → blue → green → yellow), which readers with any common colour-vision
/// deficiency still see as one ordered scale, darkest lowest. Each step's text is black or white,
/// whichever contrasts more.
enum HeatMap {
  /// The steps' backgrounds, lowest first: 0-9, 10-19, … 90-100.
  static let steps = [
    "#440154", "#482878", "#3e4989", "#31688e", "#26828e", "#1f9e89", "#35b779", "#6ece58", "#b5de2b",
    "#fde725",
  ]

  /// The step of an average 0-100, as it is shown (to the whole point): `69.6` shows as 70 and is in
  /// the 70s. Out-of-range values sit in the end steps.
  static func step(_ value: Double) -> Int {
    let whole = ReportNumber.whole(value) ?? (value > 0 ? 100 : 0)
    return min(max(whole / 10, 0), steps.count - 1)
  }

  /// The step's label: `0–9`, … `90–100`.
  static func label(_ step: Int) -> String {
    step == steps.count - 1 ? "\(step * 10)–100" : "\(step * 10)–\(step * 10 + 9)"
  }

  /// The text colour on a step: black or white, whichever contrasts more.
  static func foreground(_ step: Int) -> String {
    let background = steps[step]
    return contrast(background, "#000000") >= contrast(background, "#ffffff") ? "#000000" : "#ffffff"
  }

  /// The WCAG contrast ratio of two `#rrggbb` colours, 1-21.
  static func contrast(_ one: String, _ other: String) -> Double {
    let (a, b) = (luminance(one), luminance(other))
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
  }

  /// The WCAG relative luminance of a `#rrggbb` colour, 0-1.
  static func luminance(_ hex: String) -> Double {
    let value = Int(hex.dropFirst(), radix: 16) ?? 0
    let channels = [value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF].map { channel -> Double in
      let share = Double(channel) / 255
      return share <= 0.039_28 ? share / 12.92 : ((share + 0.055) / 1.055).pow(2.4)
    }
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
  }

  /// The style sheet's rules for the steps: `.h0` … `.h9`.
  static var css: String {
    steps.indices.map { ".h\($0) { background: \(steps[$0]); color: \(foreground($0)); }" }
      .joined(separator: "\n")
  }
}

extension Double {
  fileprivate func pow(_ exponent: Double) -> Double { Foundation.pow(self, exponent) }
}
