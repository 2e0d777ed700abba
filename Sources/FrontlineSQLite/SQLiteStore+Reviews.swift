import Foundation
import FrontlineHistory
internal import GRDB

extension SQLiteStore {
  @discardableResult
  public func recordReview(_ review: ReviewRecord) throws(StoreError) -> Int64 {
    try writing { db in
      try Self.requireFinished(review.attempt, in: db)
      try db.execute(
        sql: """
          INSERT INTO review (attempt_id, reviewer, overrides, reason, note, dispute_id, decision, recorded_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          review.attempt, review.reviewer, try ReviewJSON.encode(review), review.reason, review.note,
          review.dispute,
          review.decision?.rawValue, review.recordedAt,
        ])
      return db.lastInsertedRowID
    }
  }

  public func reviews(attempt: Int64?) throws(StoreError) -> [ReviewRecord] {
    try reading { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM review WHERE ? IS NULL OR attempt_id = ? ORDER BY id",
        arguments: [attempt, attempt]
      )
      .filter { Self.intactReview($0) }.map(Self.review)
    }
  }

  public func reviews(since: Date?, until: Date?) throws(StoreError) -> [PeriodReview] {
    try reading { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT r.*, t.name AS trainee_name, a.scenario AS attempt_scenario,
            a.scenario_title AS attempt_scenario_title, a.score AS attempt_score, a.passed AS attempt_passed
          FROM review r JOIN attempt a ON a.id = r.attempt_id JOIN trainee t ON t.id = a.trainee_id
          WHERE (? IS NULL OR r.recorded_at >= ?) AND (? IS NULL OR r.recorded_at < ?)
          ORDER BY r.recorded_at, r.id
          """, arguments: [since, since, until, until]
      ).filter {
        Self.intactReview(
          $0,
          required: [
            ("trainee_name", String.self), ("attempt_scenario", String.self),
            ("attempt_scenario_title", String.self),
          ],
          optional: [("attempt_score", Double.self), ("attempt_passed", Bool.self)])
      }.map { row in
        PeriodReview(
          review: Self.review(row), trainee: row["trainee_name"], scenario: row["attempt_scenario"],
          scenarioTitle: row["attempt_scenario_title"], originalScore: row["attempt_score"],
          originalPassed: row["attempt_passed"])
      }
    }
  }

  /// Whether a row of `review` (with `required` and `optional` columns of a join) can be read, warning
  /// when it cannot.
  static func intactReview(
    _ row: Row, required: [(String, any DatabaseValueConvertible.Type)] = [],
    optional: [(String, any DatabaseValueConvertible.Type)] = []
  ) -> Bool {
    RowCheck.intact(
      row, table: "review",
      required: [
        ("id", Int64.self), ("attempt_id", Int64.self), ("reviewer", String.self), ("overrides", String.self),
        ("recorded_at", Date.self),
      ] + required,
      optional: [
        ("reason", String.self), ("note", String.self), ("dispute_id", Int64.self), ("decision", String.self),
      ] + optional)
  }

  /// A review from a row of `review`.
  static func review(_ row: Row) -> ReviewRecord {
    let overrides = ReviewJSON.decode(row["overrides"])
    return ReviewRecord(
      id: row["id"], attempt: row["attempt_id"], reviewer: row["reviewer"],
      categoryOverrides: overrides?.categories ?? [:], passedOverride: overrides?.passed,
      effectiveScore: overrides?.score, effectiveVerdict: overrides?.verdict, reason: row["reason"],
      note: row["note"], dispute: row["dispute_id"],
      decision: (row["decision"] as String?).flatMap(DisputeDecision.init(rawValue:)),
      recordedAt: row["recorded_at"])
  }

  @discardableResult
  public func recordDispute(attempt: Int64, reason: String, at date: Date) throws(StoreError) -> Int64 {
    try writing { db in
      try Self.requireFinished(attempt, in: db)
      try db.execute(
        sql: "INSERT INTO dispute (attempt_id, reason, recorded_at) VALUES (?, ?, ?)",
        arguments: [attempt, reason, date])
      return db.lastInsertedRowID
    }
  }

  public func disputes(attempt: Int64?) throws(StoreError) -> [DisputeRecord] {
    try reading { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT d.*, t.name AS trainee_name,
            (SELECT decision FROM review WHERE dispute_id = d.id AND decision IS NOT NULL ORDER BY id DESC LIMIT 1)
              AS decision
          FROM dispute d JOIN attempt a ON a.id = d.attempt_id JOIN trainee t ON t.id = a.trainee_id
          WHERE ? IS NULL OR d.attempt_id = ? ORDER BY d.id
          """, arguments: [attempt, attempt]
      ).filter {
        RowCheck.intact(
          $0, table: "dispute",
          required: [
            ("id", Int64.self), ("attempt_id", Int64.self), ("trainee_name", String.self),
            ("reason", String.self),
            ("recorded_at", Date.self),
          ],
          optional: [("decision", String.self)])
      }.map { row in
        DisputeRecord(
          id: row["id"], attempt: row["attempt_id"], trainee: row["trainee_name"], reason: row["reason"],
          recordedAt: row["recorded_at"],
          decision: (row["decision"] as String?).flatMap(DisputeDecision.init(rawValue:)))
      }
    }
  }

  public func unreviewedFailedExams() throws(StoreError) -> [AttemptRecord] {
    try reading { db in
      try Row.fetchAll(
        db,
        sql: AttemptRow.select + """
           WHERE a.mode = 'exam' AND a.closed = 'finished' AND a.passed = 0
             AND NOT EXISTS (SELECT 1 FROM review WHERE attempt_id = a.id)
           ORDER BY a.started_at, a.id
          """
      ).compactMap(readable)
    }
  }

  static func requireFinished(_ id: Int64, in db: Database) throws {
    guard let closed = try Row.fetchOne(db, sql: "SELECT closed FROM attempt WHERE id = ?", arguments: [id])
    else {
      throw StoreError.unknownAttempt(id)
    }
    if (closed["closed"] as String?) != "finished" { throw StoreError.attemptNotFinished(id) }
  }
}
