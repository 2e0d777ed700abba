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
    case .database(let message): "the progress database reported: \(message)"
    }
  }
}
