import Foundation

/// How scores, points and averages are shown to people everywhere (REPL, reports, ladder
/// requirements): whole when whole, one decimal otherwise.
public enum ReportNumber {
  /// `80` for 80.0, `72.5` for 72.5, `66.7` for 66.66….
  public static func format(_ value: Double) -> String {
    value.rounded() == value ? String(Int(value)) : String(format: "%.1f", value)
  }
}
