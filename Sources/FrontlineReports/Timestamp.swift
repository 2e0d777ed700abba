import Foundation

/// Dates as people and spreadsheets read them.
public enum Timestamp {
  public static func iso(_ date: Date) -> String { date.formatted(.iso8601) }

  public static func display(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    return formatter.string(from: date)
  }
}
