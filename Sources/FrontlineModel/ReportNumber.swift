import Foundation

/// How scores, points and averages are shown to people everywhere (REPL, reports, ladder
/// requirements): whole when whole, one decimal otherwise.
public enum ReportNumber {
  /// `80` for 80.0, `72.5` for 72.5, `66.7` for 66.66…. Any value is shown, however a damaged
  /// record came by it: `1e+308`, `inf`, `nan`.
  public static func format(_ value: Double) -> String {
    if let whole = Int(exactly: value) { return String(whole) }
    return value.isFinite && abs(value) < 1e15 ? String(format: "%.1f", value) : "\(value)"
  }

  /// The nearest whole number, `nil` for one no `Int` holds (infinite, not a number, or huge).
  public static func whole(_ value: Double) -> Int? {
    Int(exactly: value.rounded(.toNearestOrAwayFromZero))
  }
}
