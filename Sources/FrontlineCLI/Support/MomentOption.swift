import ArgumentParser
import Foundation

/// A moment given as a day (YYYY-MM-DD: its start, in UTC) or as an ISO 8601 date and time with its
/// offset (2026-11-30T14:00:00Z, 2026-11-30T23:00:00+09:00).
struct Moment: ExpressibleByArgument {
  var date: Date

  init?(argument: String) {
    if let day = Day(argument: argument) {
      date = day.start
      return
    }
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    if let date = formatter.date(from: argument) {
      self.date = date
      return
    }
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    guard let date = formatter.date(from: argument) else { return nil }
    self.date = date
  }

  static var defaultValueDescription: String { "YYYY-MM-DD or 2026-11-30T14:00:00Z" }
}
