import Foundation

/// Dates as people and spreadsheets read them.
public enum Timestamp {
  public static func iso(_ date: Date) -> String { date.formatted(.iso8601) }

  /// How long from `date` to `now`, in the largest whole unit: `under a minute`, `12 minutes`,
  /// `5 hours`, `3 days`, `2 weeks`.
  public static func waited(from date: Date, to now: Date) -> String {
    let seconds = max(0, now.timeIntervalSince(date))
    func count(_ value: Double, _ unit: String) -> String {
      let whole = Int(value.rounded(.down))
      return "\(whole) \(unit)\(whole == 1 ? "" : "s")"
    }
    switch seconds {
    case ..<60: return "under a minute"
    case ..<3_600: return count(seconds / 60, "minute")
    case ..<86_400: return count(seconds / 3_600, "hour")
    case ..<(14 * 86_400): return count(seconds / 86_400, "day")
    default: return count(seconds / (7 * 86_400), "week")
    }
  }

  public static func display(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    return formatter.string(from: date)
  }
}
