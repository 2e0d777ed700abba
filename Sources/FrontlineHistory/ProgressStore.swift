import Foundation
import FrontlineModel

/// Where trainees' history is kept. Nothing above this interface speaks SQL: the SQLite store
/// (`FrontlineSQLite`) is the embedded default, and the PostgreSQL store (`FrontlinePostgres`) can
/// take its place.
///
/// Every turn is committed as it is recorded, so a process that dies mid-conversation loses at most
/// the reply being typed. Finished attempts are never changed in place.
public protocol ProgressStore: Sendable {
  /// Starts an attempt and returns its id; the trainee is created on first use.
  func startAttempt(_ attempt: NewAttempt) throws(StoreError) -> Int64
  /// Commits one turn of an unfinished attempt.
  func recordTurn(_ turn: TurnRecord) throws(StoreError)
  /// Closes an attempt with its result.
  func finishAttempt(_ id: Int64, with result: AttemptResult) throws(StoreError)
  /// Closes an attempt the trainee gave up; it stays in the history as abandoned.
  func abandonAttempt(_ id: Int64, at date: Date) throws(StoreError)
  /// One attempt.
  func attempt(_ id: Int64) throws(StoreError) -> AttemptRecord
  /// A trainee's attempts, newest first, unfinished ones included.
  func attempts(trainee: String, limit: Int?) throws(StoreError) -> [AttemptRecord]
  /// The turns of an attempt, in order.
  func turns(attempt: Int64) throws(StoreError) -> [TurnRecord]
  /// Every trainee's name, sorted.
  func trainees() throws(StoreError) -> [String]
  /// A trainee's promotions, oldest first.
  func promotions(trainee: String) throws(StoreError) -> [PromotionRecord]
  /// Records a promotion.
  func recordPromotion(_ promotion: PromotionRecord) throws(StoreError)
  /// Records a review of a finished attempt; returns its id.
  @discardableResult func recordReview(_ review: ReviewRecord) throws(StoreError) -> Int64
  /// Reviews, oldest first: of one attempt, or of every attempt when `attempt` is `nil`.
  func reviews(attempt: Int64?) throws(StoreError) -> [ReviewRecord]
  /// The reviews recorded in `since..<until` (open ends allowed), oldest first, each with its attempt.
  func reviews(since: Date?, until: Date?) throws(StoreError) -> [PeriodReview]
  /// Records a trainee's dispute of a finished attempt; returns its id.
  @discardableResult func recordDispute(attempt: Int64, reason: String, at date: Date) throws(StoreError)
    -> Int64
  /// Disputes, oldest first: of one attempt, or of every attempt when `attempt` is `nil`.
  func disputes(attempt: Int64?) throws(StoreError) -> [DisputeRecord]
  /// Finished exam attempts that failed and have no review yet, oldest first.
  func unreviewedFailedExams() throws(StoreError) -> [AttemptRecord]

  // MARK: Reports

  /// Each trainee's finished attempts, oldest first, one trainee at a time (in no set order of
  /// trainees), so that a report over a large history holds only one trainee's attempts in memory. Scores are the
  /// effective ones (the latest review's overrides applied); `categoryScores` follow `categories`.
  /// `durations` reads how long each attempt took (for exports).
  func forEachTrainee(
    categories: [String], durations: Bool,
    _ body: (_ trainee: String, _ attempts: [ReportAttempt]) throws -> Void
  ) throws(StoreError)
  /// How often each criterion was missed in each scenario, in attempts started in the period (whole
  /// days, UTC); `missedCriteria(since:until:limit:)` puts them together.
  func missCounts(since: Date?, until: Date?) throws(StoreError) -> [MissCount]
  /// The same for one trainee's attempts, or one scenario's (`nil`: everyone's, every scenario).
  func missCounts(trainee: String?, scenario: String?) throws(StoreError) -> [MissCount]
  /// When each trainee last started an attempt.
  func lastActivity() throws(StoreError) -> [String: Date]
  /// Every trainee's promotions, oldest first.
  func allPromotions() throws(StoreError) -> [String: [PromotionRecord]]
  /// For each step of a scenario, how many turns were answered there and how many failed.
  func stepOutcomes(scenario: String) throws(StoreError) -> [StepOutcomes]
  /// Every finished attempt of one scenario, oldest first.
  func finishedAttempts(scenario: String) throws(StoreError) -> [AttemptRecord]

  // MARK: Exports

  /// The random namespace this installation's xAPI statement ids are made in: created with the
  /// store (or by the migration that introduced it), never changed, and kept when a history is
  /// copied to a server, so that two installations never give a statement the same id.
  func installationNamespace() throws(StoreError) -> UUID
}

extension ProgressStore {
  /// Each trainee's finished attempts, without durations.
  public func forEachTrainee(
    categories: [String], _ body: (_ trainee: String, _ attempts: [ReportAttempt]) throws -> Void
  ) throws(StoreError) {
    try forEachTrainee(categories: categories, durations: false, body)
  }

  /// The criteria missed most often in attempts started in the period (whole days, UTC), most first.
  public func missedCriteria(since: Date?, until: Date?, limit: Int) throws(StoreError) -> [CriterionMisses] {
    CriterionMisses.grouping(try missCounts(since: since, until: until), limit: limit)
  }

  /// The criteria one trainee, or one scenario, misses most often, most first.
  public func missedCriteria(trainee: String? = nil, scenario: String? = nil, limit: Int) throws(StoreError)
    -> [CriterionMisses]
  {
    CriterionMisses.grouping(try missCounts(trainee: trainee, scenario: scenario), limit: limit)
  }

  /// Every finished attempt, oldest first, with the effective scores of `categories`.
  public func reportAttempts(categories: [String]) throws(StoreError) -> [ReportAttempt] {
    var all: [ReportAttempt] = []
    try forEachTrainee(categories: categories, durations: true) { _, attempts in all += attempts }
    return all.sorted { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }
  }
}
