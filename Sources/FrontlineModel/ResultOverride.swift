/// A team leader's correction of an attempt's results: new scores for some categories, a new
/// verdict, or both. The original results are kept; the override is applied when they are read.
public struct ResultOverride: Sendable, Codable, Equatable {
  /// Category name to the score the reviewer gives it, 0-100.
  public var categories: [String: Double]
  /// The verdict the reviewer gives, when overridden.
  public var passed: Bool?
  /// The overall score the attempt's own formula gives with `categories` in place, worked out from its
  /// turns when the review was recorded; `nil` without category overrides (and in reviews recorded
  /// before it was kept, whose overall score stays the original).
  public var score: Double?
  /// The verdict that follows from `score` and the pass mark, when the reviewer gave none.
  public var verdict: Bool?

  public init(
    categories: [String: Double] = [:], passed: Bool? = nil, score: Double? = nil, verdict: Bool? = nil
  ) {
    self.categories = categories
    self.passed = passed
    self.score = score
    self.verdict = verdict
  }

  /// Whether it changes anything.
  public var isEmpty: Bool { categories.isEmpty && passed == nil }

  /// The results with the override applied: overridden categories replace the originals, the
  /// overall score is the one worked out with them, and the verdict is the reviewer's, else the one
  /// that follows from that score.
  public func applied(to original: Grade) -> Grade {
    var effective = original
    for (name, value) in categories { effective.categories[name] = value }
    if let score { effective.score = score }
    if let verdict = passed ?? verdict { effective.passed = verdict }
    return effective
  }
}

/// An attempt's grade: the overall score, the verdict and each category's score (`nil` when N/A);
/// all `nil` while the attempt is unfinished.
public struct Grade: Sendable, Equatable {
  public var score: Double?
  public var passed: Bool?
  public var categories: [String: Double?]

  public init(score: Double?, passed: Bool?, categories: [String: Double?]) {
    self.score = score
    self.passed = passed
    self.categories = categories
  }
}
