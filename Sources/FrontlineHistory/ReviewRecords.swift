import Foundation

/// A team leader's review of a finished attempt: a note, and perhaps overrides of its scores. The
/// original is never changed; the review is a new record that points at it.
public struct ReviewRecord: Sendable, Codable, Equatable {
  public var id: Int64
  public var attempt: Int64
  public var reviewer: String
  /// Category name to the score the reviewer gives it, 0-100.
  public var categoryOverrides: [String: Double]
  /// The verdict the reviewer gives, when overridden.
  public var passedOverride: Bool?
  /// The overall score and verdict that follow from the category overrides (see `AttemptGrade`),
  /// worked out when the review is recorded; `nil` without category overrides.
  public var effectiveScore: Double?
  public var effectiveVerdict: Bool?
  /// Why (required with an override).
  public var reason: String?
  public var note: String?
  /// The dispute this review settles, and how.
  public var dispute: Int64?
  public var decision: DisputeDecision?
  public var recordedAt: Date

  public init(
    id: Int64 = 0, attempt: Int64, reviewer: String, categoryOverrides: [String: Double] = [:],
    passedOverride: Bool? = nil, effectiveScore: Double? = nil, effectiveVerdict: Bool? = nil,
    reason: String? = nil, note: String? = nil, dispute: Int64? = nil,
    decision: DisputeDecision? = nil, recordedAt: Date = Date()
  ) {
    self.id = id
    self.attempt = attempt
    self.reviewer = reviewer
    self.categoryOverrides = categoryOverrides
    self.passedOverride = passedOverride
    self.effectiveScore = effectiveScore
    self.effectiveVerdict = effectiveVerdict
    self.reason = reason
    self.note = note
    self.dispute = dispute
    self.decision = decision
    self.recordedAt = recordedAt
  }

  /// Whether the review changes a score or the verdict.
  public var overrides: Bool { !categoryOverrides.isEmpty || passedOverride != nil }
}

/// How a team leader settled a dispute.
public enum DisputeDecision: String, Sendable, Codable {
  case accepted
  case rejected
}

/// A trainee contesting the grade of an attempt.
public struct DisputeRecord: Sendable, Codable, Equatable {
  public var id: Int64
  public var attempt: Int64
  public var trainee: String
  public var reason: String
  public var recordedAt: Date
  /// How it was settled; `nil` while open.
  public var decision: DisputeDecision?

  public var isOpen: Bool { decision == nil }

  package init(
    id: Int64, attempt: Int64, trainee: String, reason: String, recordedAt: Date, decision: DisputeDecision?
  ) {
    self.id = id
    self.attempt = attempt
    self.trainee = trainee
    self.reason = reason
    self.recordedAt = recordedAt
    self.decision = decision
  }
}
