import Foundation
import FrontlineModel
import FrontlineText

/// Numbers and dates as the HTML report shows them. Dates are read in one time zone and written as
/// the interface language writes them, whatever the machine's locale, so a report reads the same on
/// every machine.
struct HTMLFormatting: Sendable {
  /// The time zone dates are shown in.
  let timeZone: TimeZone
  /// The page's words.
  let localizer: Localizer

  private var calendar: Calendar {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    return calendar
  }

  /// `2025-06-01`, `2025年6月1日`.
  func day(_ date: Date) -> String { localizer.date(date, in: timeZone) }

  /// `2025-06-01 14:30`, `2025年6月1日 14:30`.
  func minute(_ date: Date) -> String { localizer.dateTime(date, in: timeZone) }

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
    case (nil, nil): localizer(ReportText.allTime)
    case (let since?, nil): localizer(ReportText.periodSince, ["date": boundary(since)])
    case (nil, let until?): localizer(ReportText.periodUntil, ["date": end(until)])
    case (let since?, let until?):
      localizer(ReportText.periodSpan, ["from": boundary(since), "to": end(until)])
    }
  }

  /// How long before `now` a date was, roughly: `today`, `yesterday`, `5 days ago`, `3 weeks ago`.
  func ago(_ date: Date, now: Date) -> String {
    let days = days(from: date, to: now)
    switch days {
    case ..<0: return localizer(ReportText.agoLater)
    case 0: return localizer(ReportText.agoToday)
    case 1: return localizer(ReportText.agoYesterday)
    case 2..<14: return localizer(ReportText.agoDays, count: days)
    case 14..<60: return localizer(ReportText.agoWeeks, count: days / 7)
    default: return localizer(ReportText.agoMonths, count: days / 30)
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

extension HTMLFormatting {
  /// A message as markup, its placeholders filled with `values`, which may hold markup (a `<strong>`, a
  /// `<time>`); the message's own text is escaped like any other text.
  func markup<Key: MessageKey>(_ key: Key, count: Int? = nil, _ values: [String: HTMLMarkup] = [:])
    -> HTMLMarkup
  {
    var sentinels: [String: String] = [:]
    for (offset, name) in values.keys.sorted().enumerated() {
      sentinels[name] = "\u{E000}\(offset)\u{E001}"
    }
    let text = count.map { localizer(key, count: $0, sentinels) } ?? localizer(key, sentinels)
    var markup = HTMLEscaping.escape(text)
    for (name, sentinel) in sentinels {
      markup = markup.replacingOccurrences(of: sentinel, with: values[name]?.markup ?? "")
    }
    return HTMLMarkup(trusted: markup)
  }

  /// A message as text, to interpolate into markup (escaped there).
  func text<Key: MessageKey>(_ key: Key, _ values: [String: String] = [:]) -> String {
    localizer(key, values)
  }
}
