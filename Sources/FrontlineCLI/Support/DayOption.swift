import ArgumentParser
import Foundation

/// A day given as YYYY-MM-DD, in UTC.
struct Day: ExpressibleByArgument {
  var start: Date

  init?(argument: String) {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd"
    guard let date = formatter.date(from: argument) else { return nil }
    start = date
  }

  /// The start of the next day: `--until` includes the day it names.
  var end: Date { start.addingTimeInterval(86_400) }

  static var defaultValueDescription: String { "YYYY-MM-DD" }
}
