import Foundation

/// A review as a report over a period lists it: the review, and the attempt it is about (whose, which
/// scenario, and the results it had before any review).
public struct PeriodReview: Sendable, Codable, Equatable {
  public var review: ReviewRecord
  public var trainee: String
  public var scenario: String
  public var scenarioTitle: String
  /// The attempt's own score and verdict, as recorded when it finished.
  public var originalScore: Double?
  public var originalPassed: Bool?

  public init(
    review: ReviewRecord, trainee: String, scenario: String, scenarioTitle: String, originalScore: Double?,
    originalPassed: Bool?
  ) {
    self.review = review
    self.trainee = trainee
    self.scenario = scenario
    self.scenarioTitle = scenarioTitle
    self.originalScore = originalScore
    self.originalPassed = originalPassed
  }
}
