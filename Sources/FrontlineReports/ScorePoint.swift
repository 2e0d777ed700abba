import Foundation

/// One scored attempt on a trainee's chart: when, the effective score and verdict, and whether it was an
/// exam.
public struct ScorePoint: Sendable, Codable, Equatable {
  public var attempt: Int64
  public var startedAt: Date
  public var score: Double
  public var passed: Bool?
  public var exam: Bool

  public init(attempt: Int64, startedAt: Date, score: Double, passed: Bool?, exam: Bool) {
    self.attempt = attempt
    self.startedAt = startedAt
    self.score = score
    self.passed = passed
    self.exam = exam
  }
}
