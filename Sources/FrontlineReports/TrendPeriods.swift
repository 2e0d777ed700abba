import Foundation

/// The two periods a team report's trend compares: the average score in `recent` against the average in
/// `previous`. Both are half-open, `since..<until`.
public struct TrendPeriods: Sendable, Codable, Equatable {
  public var recentSince: Date
  public var recentUntil: Date
  public var previousSince: Date
  public var previousUntil: Date

  public init(recentSince: Date, recentUntil: Date, previousSince: Date, previousUntil: Date) {
    self.recentSince = recentSince
    self.recentUntil = recentUntil
    self.previousSince = previousSince
    self.previousUntil = previousUntil
  }

  /// How many days the default comparison looks back, with no period given.
  public static let defaultDays = 30

  /// The trend's periods for a report over `since..<until`: without either end, the last 30 days
  /// against the 30 before (to `now`); with a start, the period (to `now` when open) against the one
  /// of equal length just before it; `nil` with an end only, or an empty period.
  public static func comparing(since: Date?, until: Date?, now: Date) -> TrendPeriods? {
    let recentSince: Date
    let recentUntil: Date
    switch (since, until) {
    case (nil, nil):
      recentUntil = now
      recentSince = now.addingTimeInterval(-Double(defaultDays) * 86_400)
    case (let since?, _):
      recentSince = since
      recentUntil = until ?? now
    case (nil, _?):
      return nil
    }
    let length = recentUntil.timeIntervalSince(recentSince)
    guard length > 0 else { return nil }
    return TrendPeriods(
      recentSince: recentSince, recentUntil: recentUntil, previousSince: recentSince - length,
      previousUntil: recentSince)
  }
}
