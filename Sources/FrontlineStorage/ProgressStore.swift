import Foundation
import FrontlineModel

/// Where trainees' history is kept. Nothing above this interface speaks SQL: the SQLite store is the
/// embedded default, and a server-backed store can take its place.
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
  /// The reviews of an attempt, oldest first.
  func reviews(attempt: Int64) throws(StoreError) -> [ReviewRecord]
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
  /// The criteria missed most often in attempts started in the period (whole days, UTC), most first.
  func missedCriteria(since: Date?, until: Date?, limit: Int) throws(StoreError) -> [CriterionMisses]
  /// The criteria one trainee, or one scenario, misses most often, most first.
  func missedCriteria(trainee: String?, scenario: String?, limit: Int) throws(StoreError) -> [CriterionMisses]
  /// When each trainee last started an attempt.
  func lastActivity() throws(StoreError) -> [String: Date]
  /// Every trainee's promotions, oldest first.
  func allPromotions() throws(StoreError) -> [String: [PromotionRecord]]
  /// For each step of a scenario, how many turns were answered there and how many failed.
  func stepOutcomes(scenario: String) throws(StoreError) -> [StepOutcomes]
  /// Every finished attempt of one scenario, oldest first.
  func finishedAttempts(scenario: String) throws(StoreError) -> [AttemptRecord]
  /// Imports finished attempts in one transaction: all of them or none.
  func importAttempts(_ attempts: [ImportedAttempt]) throws(StoreError)
}

extension ProgressStore {
  /// Each trainee's finished attempts, without durations.
  public func forEachTrainee(
    categories: [String], _ body: (_ trainee: String, _ attempts: [ReportAttempt]) throws -> Void
  ) throws(StoreError) {
    try forEachTrainee(categories: categories, durations: false, body)
  }

  /// The criteria one trainee, or one scenario, misses most often.
  public func missedCriteria(trainee: String? = nil, scenario: String? = nil, limit: Int) throws(StoreError)
    -> [CriterionMisses]
  {
    try missedCriteria(trainee: trainee, scenario: scenario, limit: limit)
  }

  /// Every finished attempt, oldest first, with the effective scores of `categories`.
  public func reportAttempts(categories: [String]) throws(StoreError) -> [ReportAttempt] {
    var all: [ReportAttempt] = []
    try forEachTrainee(categories: categories, durations: true) { _, attempts in all += attempts }
    return all.sorted { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }
  }
}

/// Why the store could not do what was asked, with what to do about it.
public enum StoreError: Error, Equatable, CustomStringConvertible {
  /// The database file cannot be opened or created.
  case cannotOpen(path: String, reason: String)
  /// The database was written by a newer Frontline.
  case newerSchema(path: String, unknown: [String])
  /// No attempt has this id.
  case unknownAttempt(Int64)
  /// The attempt is already finished or abandoned.
  case attemptClosed(Int64)
  /// The attempt is not finished, so it cannot be reviewed or disputed yet.
  case attemptNotFinished(Int64)
  /// The database server refused what the login may not do (its role's privileges).
  case refused(String)
  /// The database server cannot be reached, or the connection was lost and retries gave up.
  case unreachable(String)
  /// Anything else the database reported.
  case database(String)

  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason): "cannot open the progress database \(path): \(reason)"
    case .newerSchema(let path, let unknown):
      "the progress database \(path) was written by a newer Frontline (it has \(unknown.joined(separator: ", "))); "
        + "upgrade Frontline to use it. It was not changed."
    case .unknownAttempt(let id): "no attempt has id \(id); `frontline history` lists them"
    case .attemptClosed(let id): "attempt \(id) is already closed; finished attempts are never changed"
    case .attemptNotFinished(let id):
      "attempt \(id) is not finished; only finished attempts are reviewed or disputed"
    case .refused(let message): "the progress database refused: \(message)"
    case .unreachable(let message): "cannot reach the progress database: \(message)"
    case .database(let message): "the progress database reported: \(message)"
    }
  }
}
