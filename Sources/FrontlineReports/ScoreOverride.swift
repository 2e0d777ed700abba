import Foundation
import FrontlineHistory

/// A team leader's review that changed an attempt's result: who, which attempt, from what to what, and
/// why.
public struct ScoreOverride: Sendable, Codable, Equatable {
  public var attempt: Int64
  public var trainee: String
  public var scenario: String
  public var scenarioTitle: String
  /// The attempt's own result, as recorded when it finished.
  public var originalScore: Double?
  public var originalPassed: Bool?
  /// The result the review gives: its overall score (the original when it overrode only the verdict)
  /// and verdict.
  public var score: Double?
  public var passed: Bool?
  /// The categories the reviewer gave new scores, name → 0-100.
  public var categories: [String: Double]
  public var reviewer: String
  public var recordedAt: Date
  public var reason: String?

  public init(
    attempt: Int64, trainee: String, scenario: String, scenarioTitle: String, originalScore: Double?,
    originalPassed: Bool?, score: Double?, passed: Bool?, categories: [String: Double], reviewer: String,
    recordedAt: Date, reason: String?
  ) {
    self.attempt = attempt
    self.trainee = trainee
    self.scenario = scenario
    self.scenarioTitle = scenarioTitle
    self.originalScore = originalScore
    self.originalPassed = originalPassed
    self.score = score
    self.passed = passed
    self.categories = categories
    self.reviewer = reviewer
    self.recordedAt = recordedAt
    self.reason = reason
  }

  /// The override a review records, or `nil` for a review that changes no result (a note, a rejected
  /// dispute).
  public init?(_ period: PeriodReview) {
    let review = period.review
    guard review.overrides else { return nil }
    self.init(
      attempt: review.attempt, trainee: period.trainee, scenario: period.scenario,
      scenarioTitle: period.scenarioTitle, originalScore: period.originalScore,
      originalPassed: period.originalPassed, score: review.effectiveScore ?? period.originalScore,
      passed: review.passedOverride ?? review.effectiveVerdict ?? period.originalPassed,
      categories: review.categoryOverrides, reviewer: review.reviewer, recordedAt: review.recordedAt,
      reason: review.reason)
  }
}
