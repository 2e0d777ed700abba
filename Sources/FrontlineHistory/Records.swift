import Foundation
import FrontlineModel
import FrontlineScoring

/// Where an attempt stands.
public enum AttemptStatus: String, Sendable, Codable, CaseIterable {
  /// Being practised now, by a process that is still running.
  case inProgress = "in-progress"
  /// Closed with an ending (resolved, escalated, lost).
  case finished
  /// Given up by the trainee; kept, never lost.
  case abandoned
  /// Left unfinished by a process that ended without closing it (killed, crashed, power cut).
  case interrupted
}

/// A practice or exam attempt as stored.
public struct AttemptRecord: Sendable, Codable, Equatable, Identifiable {
  public var id: Int64
  public var trainee: String
  public var scenario: String
  public var scenarioTitle: String
  public var kind: ScenarioKind
  public var difficulty: Int
  public var language: String
  /// A hash of the scenario and rubric content as scored, so a later edit of the files is visible.
  public var contentHash: String
  public var mode: AttemptMode
  public var startedAt: Date
  public var finishedAt: Date?
  public var status: AttemptStatus
  /// How the conversation ended, for finished attempts.
  public var outcome: Outcome?
  /// The overall score, 0-100, for finished attempts.
  public var score: Double?
  public var passed: Bool?
  /// Category name to score, `nil` when N/A.
  public var categories: [String: Double?]
  /// Turns recorded so far.
  public var turnCount: Int
  /// The score, verdict and categories as first recorded, before any review overrode them; the
  /// fields above are the effective ones.
  public var originalScore: Double?
  public var originalPassed: Bool?
  public var originalCategories: [String: Double?]
  /// Whether a review overrides the original.
  public var overridden: Bool
  /// Who recorded the review in force, when one overrides the original.
  public var overriddenBy: String? = nil
  /// Whether that review gave the verdict itself, rather than scores it follows from.
  public var verdictOverridden = false
  /// Hints taken over all turns.
  public var hintsUsed = 0
  /// Which version of the scenario was practised: `main`, or one of its variants.
  public var variant = ScenarioVariant.main
}

/// One turn of an attempt as stored: the customer's message, the reply and how it scored.
public struct TurnRecord: Sendable, Codable, Equatable {
  public var attempt: Int64
  /// 0 for the first turn.
  public var index: Int
  public var step: String
  public var customerMessages: [String]
  public var reply: String
  public var route: String?
  public var score: ReplyScore
  /// Seconds from the customer's message to the reply.
  public var elapsed: Double
  public var hintsUsed: Int
  /// The knowledge-base lookups made before the reply, in order (`""` for the list of topics).
  public var lookups: [String]
  public var recordedAt: Date

  public init(
    attempt: Int64, index: Int, step: String, customerMessages: [String], reply: String, route: String?,
    score: ReplyScore, elapsed: Double, hintsUsed: Int, lookups: [String] = [], recordedAt: Date = Date()
  ) {
    self.attempt = attempt
    self.index = index
    self.step = step
    self.customerMessages = customerMessages
    self.reply = reply
    self.route = route
    self.score = score
    self.elapsed = elapsed
    self.hintsUsed = hintsUsed
    self.lookups = lookups
    self.recordedAt = recordedAt
  }
}

/// What is known when an attempt starts.
public struct NewAttempt: Sendable {
  public var trainee: String
  public var scenario: Scenario
  public var contentHash: String
  public var mode: AttemptMode
  public var startedAt: Date
  /// Which version of the scenario is practised: `main`, or one of its variants.
  public var variant: String

  public init(
    trainee: String, scenario: Scenario, contentHash: String, mode: AttemptMode, startedAt: Date = Date(),
    variant: String = ScenarioVariant.main
  ) {
    self.trainee = trainee
    self.scenario = scenario
    self.contentHash = contentHash
    self.mode = mode
    self.startedAt = startedAt
    self.variant = variant
  }
}

/// How an attempt finished.
public struct AttemptResult: Sendable {
  public var outcome: Outcome
  public var score: Double
  public var passed: Bool
  public var categories: [String: Double?]
  public var finishedAt: Date

  public init(
    outcome: Outcome, score: Double, passed: Bool, categories: [String: Double?], finishedAt: Date = Date()
  ) {
    self.outcome = outcome
    self.score = score
    self.passed = passed
    self.categories = categories
    self.finishedAt = finishedAt
  }
}

/// A recorded move up the ladder. Levels are kept as events, so a later edit of the ladder file
/// never takes a level away.
public struct PromotionRecord: Sendable, Codable, Equatable {
  public var trainee: String
  public var level: String
  /// Who approved it; `nil` for a level reached automatically.
  public var reviewer: String?
  public var reason: String?
  /// Approved although requirements were not met.
  public var forced: Bool
  public var recordedAt: Date

  public init(
    trainee: String, level: String, reviewer: String? = nil, reason: String? = nil, forced: Bool = false,
    recordedAt: Date = Date()
  ) {
    self.trainee = trainee
    self.level = level
    self.reviewer = reviewer
    self.reason = reason
    self.forced = forced
    self.recordedAt = recordedAt
  }
}
