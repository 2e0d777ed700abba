import Foundation
import FrontlineText

/// Dates as people and spreadsheets read them.
public enum Timestamp {
  public static func iso(_ date: Date) -> String { date.formatted(.iso8601) }

  /// How long from `date` to `now`, in the largest whole unit: `under a minute`, `12 minutes`,
  /// `5 hours`, `3 days`, `2 weeks`; `1分未満`, `3日`, `2週間`.
  public static func waited(from date: Date, to now: Date, localizer: Localizer) -> String {
    let seconds = max(0, now.timeIntervalSince(date))
    func count(_ value: Double, _ unit: ReviewText) -> String {
      localizer(unit, count: Int(value.rounded(.down)))
    }
    switch seconds {
    case ..<60: return localizer(ReviewText.underAMinute)
    case ..<3_600: return count(seconds / 60, .minutes)
    case ..<86_400: return count(seconds / 3_600, .hours)
    case ..<(14 * 86_400): return count(seconds / 86_400, .days)
    default: return count(seconds / (7 * 86_400), .weeks)
    }
  }
}
