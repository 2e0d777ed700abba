import Foundation
import FrontlineHistory
import PostgresNIO

extension PostgresStore {
  @discardableResult
  public func recordReview(_ review: ReviewRecord) throws(StoreError) -> Int64 {
    try session.transaction { statements in
      try Self.requireFinished(review.attempt, in: statements)
      // After a lost connection the first try may have committed: do not record it twice.
      if statements.retrying,
        let id = try statements.row(
          """
          SELECT id FROM review WHERE attempt_id = \(review.attempt) AND reviewer = \(review.reviewer)
            AND recorded_at = \(review.recordedAt)
          """)
      {
        return try id.get(0, as: Int64.self)
      }
      return try statements.row(
        """
        INSERT INTO review (attempt_id, reviewer, overrides, reason, note, dispute_id, decision, recorded_at)
        VALUES (\(review.attempt), \(review.reviewer), \(try ReviewJSON.encode(review)), \(review.reason),
          \(review.note), \(review.dispute), \(review.decision?.rawValue), \(review.recordedAt))
        RETURNING id
        """)!.get(0, as: Int64.self)
    }
  }

  public func reviews(attempt: Int64?) throws(StoreError) -> [ReviewRecord] {
    try session.transaction { statements in
      try statements.rows(
        """
        SELECT \(unescaped: Self.reviewColumns) FROM review r
        WHERE \(attempt)::bigint IS NULL OR r.attempt_id = \(attempt) ORDER BY r.id
        """
      ).map(Self.review)
    }
  }

  public func reviews(since: Date?, until: Date?) throws(StoreError) -> [PeriodReview] {
    try session.transaction { statements in
      try statements.rows(
        """
        SELECT \(unescaped: Self.reviewColumns), t.name, a.scenario, a.scenario_title, a.score, a.passed
        FROM review r JOIN attempt a ON a.id = r.attempt_id JOIN trainee t ON t.id = a.trainee_id
        WHERE (\(since)::timestamptz IS NULL OR r.recorded_at >= \(since))
          AND (\(until)::timestamptz IS NULL OR r.recorded_at < \(until))
        ORDER BY r.recorded_at, r.id
        """
      ).map { row in
        PeriodReview(
          review: try Self.review(row), trainee: try row.get(9), scenario: try row.get(10),
          scenarioTitle: try row.get(11), originalScore: try row.get(12), originalPassed: try row.get(13))
      }
    }
  }

  /// The columns of `review r` that `review(_:)` reads, first in a row.
  static let reviewColumns =
    "r.id, r.attempt_id, r.reviewer, r.overrides, r.reason, r.note, r.dispute_id, r.decision, r.recorded_at"

  /// A review from a row that starts with `reviewColumns`.
  static func review(_ row: PostgresRandomAccessRow) throws -> ReviewRecord {
    let overrides = ReviewJSON.decode(try row.get(3))
    return ReviewRecord(
      id: try row.get(0), attempt: try row.get(1), reviewer: try row.get(2),
      categoryOverrides: overrides?.categories ?? [:], passedOverride: overrides?.passed,
      effectiveScore: overrides?.score, effectiveVerdict: overrides?.verdict,
      reason: try row.get(4), note: try row.get(5), dispute: try row.get(6),
      decision: (try row.get(7, as: String?.self)).flatMap(DisputeDecision.init(rawValue:)),
      recordedAt: try row.get(8))
  }

  @discardableResult
  public func recordDispute(attempt: Int64, reason: String, at date: Date) throws(StoreError) -> Int64 {
    try session.transaction { statements in
      try Self.requireFinished(attempt, in: statements)
      if statements.retrying,
        let id = try statements.row(
          "SELECT id FROM dispute WHERE attempt_id = \(attempt) AND recorded_at = \(date) AND reason = \(reason)"
        )
      {
        return try id.get(0, as: Int64.self)
      }
      return try statements.row(
        "INSERT INTO dispute (attempt_id, reason, recorded_at) VALUES (\(attempt), \(reason), \(date)) RETURNING id"
      )!.get(0, as: Int64.self)
    }
  }

  public func disputes(attempt: Int64?) throws(StoreError) -> [DisputeRecord] {
    try session.transaction { statements in
      try statements.rows(
        """
        SELECT d.id, d.attempt_id, t.name, d.reason, d.recorded_at,
          (SELECT decision FROM review WHERE dispute_id = d.id AND decision IS NOT NULL ORDER BY id DESC LIMIT 1)
        FROM dispute d JOIN attempt a ON a.id = d.attempt_id JOIN trainee t ON t.id = a.trainee_id
        WHERE \(attempt)::bigint IS NULL OR d.attempt_id = \(attempt) ORDER BY d.id
        """
      ).map { row in
        DisputeRecord(
          id: try row.get(0), attempt: try row.get(1), trainee: try row.get(2), reason: try row.get(3),
          recordedAt: try row.get(4),
          decision: (try row.get(5, as: String?.self)).flatMap(DisputeDecision.init(rawValue:)))
      }
    }
  }

  public func unreviewedFailedExams() throws(StoreError) -> [AttemptRecord] {
    try session.transaction { statements in
      try statements.rows(
        """
        \(unescaped: Self.attemptSelect)
        WHERE a.mode = 'exam' AND a.closed = 'finished' AND a.passed = false
          AND NOT EXISTS (SELECT 1 FROM review WHERE attempt_id = a.id)
        ORDER BY a.started_at, a.id
        """
      ).map(Self.attempt)
    }
  }

  static func requireFinished(_ id: Int64, in statements: Statements) throws {
    if try closedState(id, in: statements) != "finished" { throw StoreError.attemptNotFinished(id) }
  }
}
