import FrontlineHistory
import FrontlineModel

/// Rolling averages per category with the direction they are moving.
public struct CategoryAverage: Sendable, Codable, Equatable {
  public var category: String
  /// The average over the latest window, 0-100.
  public var average: Double
  /// The average over the window before it, when there was one.
  public var previous: Double?
  /// How many attempts the latest average covers.
  public var attempts: Int

  /// "up", "down" or "steady" (within 2 points); `nil` without a previous window.
  public var trend: String? {
    guard let previous else { return nil }
    if average > previous + 2 { return "up" }
    if average < previous - 2 { return "down" }
    return "steady"
  }

  /// Averages over the last `window` finished attempts, compared with the `window` before them.
  public static func compute(_ attempts: [AttemptRecord], categories: [String], window: Int = 10)
    -> [CategoryAverage]
  {
    // As the ladder counts them: an attempt ended early is left out.
    let finished = attempts.filter(\.isFinished).sorted { $0.startedAt > $1.startedAt }
    return categories.compactMap { category in
      let scores = finished.compactMap { $0.categories[category] ?? nil }
      let latest = scores.prefix(window)
      guard let average = Mean.rounded(latest) else { return nil }
      return CategoryAverage(
        category: category, average: average, previous: Mean.rounded(scores.dropFirst(window).prefix(window)),
        attempts: latest.count)
    }
  }
}
