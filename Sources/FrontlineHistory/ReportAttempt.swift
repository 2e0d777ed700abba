import Foundation
import FrontlineModel

/// A finished attempt as reports read it: light, with the effective results.
public struct ReportAttempt: Sendable, Equatable {
  public var id: Int64
  public var trainee: String
  public var scenario: String
  public var scenarioTitle: String
  public var kind: ScenarioKind
  public var difficulty: Int
  public var mode: AttemptMode
  public var startedAt: Date
  public var duration: Double
  public var outcome: Outcome?
  /// Effective score, verdict and categories (aligned with the names asked for).
  public var score: Double?
  public var passed: Bool?
  public var categoryScores: [Double?]
  public var overridden: Bool
  public var originalScore: Double?
  public var originalPassed: Bool?
}

extension ReportAttempt {
  /// A report row as either store reads it: the latest review's `overrides` (the JSON column) are
  /// applied to the original results.
  package init(
    id: Int64, trainee: String, scenario: String, scenarioTitle: String, kind: ScenarioKind, difficulty: Int,
    mode: AttemptMode, startedAt: Date, duration: Double, outcome: Outcome?, score: Double?, passed: Bool?,
    categories: [String], scores: [Double?], overrides: String?
  ) {
    self.init(
      id: id, trainee: trainee, scenario: scenario, scenarioTitle: scenarioTitle, kind: kind,
      difficulty: difficulty, mode: mode, startedAt: startedAt, duration: duration, outcome: outcome,
      score: score, passed: passed, categoryScores: scores, overridden: false, originalScore: score,
      originalPassed: passed)
    guard let overrides, let override = ReviewJSON.decode(overrides) else { return }
    var named: [String: Double?] = [:]
    for (index, category) in categories.enumerated() { named[category] = scores[index] }
    let effective = override.applied(to: Grade(score: score, passed: passed, categories: named))
    self.score = effective.score
    self.passed = effective.passed
    self.categoryScores = categories.map { effective.categories[$0] ?? nil }
    self.overridden = true
  }
}
