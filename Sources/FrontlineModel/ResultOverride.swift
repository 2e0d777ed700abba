/// A team leader's correction of an attempt's results: new scores for some categories, a new
/// verdict, or both. The original results are kept; the override is applied when they are read.
public struct ResultOverride: Sendable, Codable, Equatable {
  /// Category name to the score the reviewer gives it, 0-100.
  public var categories: [String: Double]
  /// The verdict the reviewer gives, when overridden.
  public var passed: Bool?

  public init(categories: [String: Double] = [:], passed: Bool? = nil) {
    self.categories = categories
    self.passed = passed
  }

  /// Whether it changes anything.
  public var isEmpty: Bool { categories.isEmpty && passed == nil }

  /// The results with the override applied: overridden categories replace the originals, the
  /// overall score becomes the (rounded) mean of the effective categories, and an overridden verdict
  /// replaces the original one.
  public func applied(to original: Grade) -> Grade {
    var effective = original
    if !categories.isEmpty {
      for (name, value) in categories { effective.categories[name] = value }
      if let mean = Mean.rounded(effective.categories.values.compactMap { $0 }) { effective.score = mean }
    }
    if let passed { effective.passed = passed }
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
