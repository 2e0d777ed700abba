import Foundation

/// The team report: one row per trainee over a period, with what a team leader needs to find the
/// weakest trainee and skill, and what waits for them.
public struct TeamReport: Sendable, Codable, Equatable {
  /// The period covered; `nil` ends are open.
  public var since: Date?
  public var until: Date?
  /// What each row's trend compares; `nil` when there is no trend (a period with an end but no start).
  public var trendPeriods: TrendPeriods?
  /// The pass mark every scenario's steps share, where the charts draw the pass line; `nil` when pass
  /// marks differ (each attempt's own verdict is in its `ScorePoint`).
  public var passMark: Double?
  /// The categories reported, in order (empathy, accuracy, routing, then any others).
  public var categories: [String]
  public var rows: [TraineeRow]
  /// The criteria missed most often in the period, most first.
  public var mostMissed: [MissedCriterion]
  /// The reviews recorded in the period that overrode a result, oldest first.
  public var overrides: [ScoreOverride]
  public var pendingPromotions: [PendingPromotion]
  public var openDisputes: [OpenDispute]
  public var generatedAt: Date

  public init(
    since: Date?, until: Date?, trendPeriods: TrendPeriods?, passMark: Double?, categories: [String],
    rows: [TraineeRow], mostMissed: [MissedCriterion], overrides: [ScoreOverride],
    pendingPromotions: [PendingPromotion], openDisputes: [OpenDispute], generatedAt: Date
  ) {
    self.since = since
    self.until = until
    self.trendPeriods = trendPeriods
    self.passMark = passMark
    self.categories = categories
    self.rows = rows
    self.mostMissed = mostMissed
    self.overrides = overrides
    self.pendingPromotions = pendingPromotions
    self.openDisputes = openDisputes
    self.generatedAt = generatedAt
  }
}

/// One trainee in the team report.
public struct TraineeRow: Sendable, Codable, Equatable {
  public var trainee: String
  /// The current level's id and title.
  public var level: String
  public var levelTitle: String
  /// The level waiting for a team leader's approval, if any.
  public var pendingLevel: String?
  /// Finished attempts in the period.
  public var attempts: Int
  /// Share of them passed, 0-1; `nil` without attempts.
  public var passRate: Double?
  /// Average effective score per category over the period (name → 0-100, `nil` when none).
  public var averages: [String: Double?]
  /// Change of the average overall score from `TeamReport.trendPeriods`' previous period to its recent
  /// one, in points; `nil` without scores in both.
  public var trend: Double?
  /// The latest attempt, in or out of the period.
  public var lastActive: Date?
  /// How many of the period's attempts a review overrode.
  public var overridden: Int
  /// The effective overall score of each scored attempt in the period, oldest first (for charts; the
  /// latest 60).
  public var scores: [ScorePoint]

  public init(
    trainee: String, level: String, levelTitle: String, pendingLevel: String?, attempts: Int,
    passRate: Double?,
    averages: [String: Double?], trend: Double?, lastActive: Date?, overridden: Int, scores: [ScorePoint]
  ) {
    self.trainee = trainee
    self.level = level
    self.levelTitle = levelTitle
    self.pendingLevel = pendingLevel
    self.attempts = attempts
    self.passRate = passRate
    self.averages = averages
    self.trend = trend
    self.lastActive = lastActive
    self.overridden = overridden
    self.scores = scores
  }
}

/// A trainee waiting for a promotion.
public struct PendingPromotion: Sendable, Codable, Equatable {
  public var trainee: String
  public var level: String
  public var nextLevel: String

  public init(trainee: String, level: String, nextLevel: String) {
    self.trainee = trainee
    self.level = level
    self.nextLevel = nextLevel
  }
}

/// A dispute no team leader has settled yet.
public struct OpenDispute: Sendable, Codable, Equatable {
  public var attempt: Int64
  public var trainee: String
  public var reason: String
  public var recordedAt: Date

  public init(attempt: Int64, trainee: String, reason: String, recordedAt: Date) {
    self.attempt = attempt
    self.trainee = trainee
    self.reason = reason
    self.recordedAt = recordedAt
  }
}
