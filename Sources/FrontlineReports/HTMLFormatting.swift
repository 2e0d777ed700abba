import Foundation
import FrontlineModel

/// Numbers and dates as the HTML report shows them. Dates are read in one time zone and written the
/// same way whatever the locale, so a report reads the same on every machine.
struct HTMLFormatting: Sendable {
  /// The time zone dates are shown in.
  let timeZone: TimeZone

  private var calendar: Calendar {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    return calendar
  }

  /// `2025-06-01`.
  func day(_ date: Date) -> String {
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
  }

  /// `2025-06-01 14:30`.
  func minute(_ date: Date) -> String {
    let parts = calendar.dateComponents([.hour, .minute], from: date)
    return day(date) + String(format: " %02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
  }

  /// A day when `date` is a midnight, else a minute: the way a period's start is usually given.
  func boundary(_ date: Date) -> String {
    calendar.startOfDay(for: date) == date ? day(date) : minute(date)
  }

  /// The last day of a period that ends, exclusive, at a midnight (`--until` names the day it includes);
  /// else the minute it ends.
  func end(_ date: Date) -> String {
    calendar.startOfDay(for: date) == date ? day(date.addingTimeInterval(-1)) : minute(date)
  }

  /// The time zone as an offset at `date`: `UTC`, `UTC+09:00`, `UTC-03:30`.
  func zone(at date: Date) -> String {
    let seconds = timeZone.secondsFromGMT(for: date)
    guard seconds != 0 else { return "UTC" }
    let minutes = abs(seconds) / 60
    return (seconds < 0 ? "UTC-" : "UTC+") + String(format: "%02d:%02d", minutes / 60, minutes % 60)
  }

  /// The period a report covers, both ends included: `2025-05-01 – 2025-05-31`, `since 2025-05-01`,
  /// `until 2025-05-31`, `all time`. `until` is exclusive, as in `TeamReport`: a period until June 1st
  /// at midnight ends with May 31st.
  func period(since: Date?, until: Date?) -> String {
    switch (since, until) {
    case (nil, nil): "all time"
    case (let since?, nil): "since \(boundary(since))"
    case (nil, let until?): "until \(end(until))"
    case (let since?, let until?): "\(boundary(since)) – \(end(until))"
    }
  }

  /// How long before `now` a date was, roughly: `today`, `yesterday`, `5 days ago`, `3 weeks ago`.
  func ago(_ date: Date, now: Date) -> String {
    let days = days(from: date, to: now)
    switch days {
    case ..<0: return "later"
    case 0: return "today"
    case 1: return "yesterday"
    case 2..<14: return "\(days) days ago"
    case 14..<60: return "\(days / 7) weeks ago"
    default: return "\(days / 30) months ago"
    }
  }

  /// Whole days from `date` to `now`.
  func days(from date: Date, to now: Date) -> Int {
    calendar.dateComponents([.day], from: calendar.startOfDay(for: date), to: calendar.startOfDay(for: now))
      .day ?? 0
  }

  /// The ISO 8601 form, for `<time datetime="…">`.
  static func iso(_ date: Date) -> String { date.formatted(.iso8601) }

  /// An average as the text report gives it: whole, or to one decimal: `72`, `79.6`.
  static func average(_ value: Double) -> String {
    ReportNumber.format((value * 10).rounded(.toNearestOrAwayFromZero) / 10)
  }

  /// A score or average to the nearest whole point, halves up: `72`.
  static func points(_ value: Double) -> String {
    ReportNumber.whole(value).map(String.init) ?? "\(value)"
  }

  /// A share 0-1 as a whole percentage: `83%`.
  static func percent(_ share: Double) -> String {
    points(share * 100) + "%"
  }

  /// A change in points to one decimal, without sign: `4.2`.
  static func change(_ value: Double) -> String {
    String(format: "%.1f", abs(value))
  }

  /// A coordinate in an SVG drawing: `12.5`.
  static func coordinate(_ value: Double) -> String {
    ReportNumber.format((value * 10).rounded() / 10)
  }
}
