import Foundation
import FrontlineHistory
import FrontlineModel
internal import GRDB

/// Reads attempts from SQLite rows, deciding whether an unfinished one is still in progress or was
/// interrupted.
enum AttemptRow {
  static let select = """
    SELECT a.*, t.name AS trainee_name, (SELECT COUNT(*) FROM turn WHERE attempt_id = a.id) AS turn_count,
      (SELECT COALESCE(SUM(hints), 0) FROM turn WHERE attempt_id = a.id) AS hints_used,
      (SELECT overrides FROM review WHERE attempt_id = a.id AND overrides != '{}' ORDER BY id DESC LIMIT 1)
        AS latest_overrides,
      (SELECT reviewer FROM review WHERE attempt_id = a.id AND overrides != '{}' ORDER BY id DESC LIMIT 1)
        AS latest_reviewer
    FROM attempt a JOIN trainee t ON t.id = a.trainee_id
    """

  /// Columns that must hold a value of their type, and those that may also be NULL.
  static var required: [(String, any DatabaseValueConvertible.Type)] {
    [
      ("id", Int64.self), ("trainee_name", String.self), ("scenario", String.self),
      ("scenario_title", String.self), ("kind", String.self), ("difficulty", Int.self),
      ("language", String.self),
      ("content_hash", String.self), ("mode", String.self), ("started_at", Date.self), ("host", String.self),
      ("pid", Int.self), ("categories", String.self), ("turn_count", Int.self), ("hints_used", Int.self),
    ]
  }
  static var optional: [(String, any DatabaseValueConvertible.Type)] {
    [
      ("finished_at", Date.self), ("closed", String.self), ("outcome", String.self), ("score", Double.self),
      ("passed", Bool.self), ("latest_overrides", String.self), ("latest_reviewer", String.self),
      ("process", String.self), ("variant", String.self),
    ]
  }

  /// The row's attempt, or ``StoreError/damagedRow(table:id:detail:)`` naming the first column that
  /// does not hold what Frontline wrote there (a date that is not a date, text in a number column).
  static func record(_ row: Row) throws -> AttemptRecord {
    if let column = RowCheck.damaged(row, required: required, optional: optional) {
      let id: DatabaseValue = row["id"]
      let value: DatabaseValue = row[column]
      throw StoreError.damagedRow(
        table: "attempt", id: id.description, detail: "\(column) holds \(Excerpt.of(value.description))")
    }
    return AttemptRecord(
      id: row["id"], trainee: row["trainee_name"], scenario: row["scenario"],
      scenarioTitle: row["scenario_title"],
      kind: row["kind"], difficulty: row["difficulty"], language: row["language"],
      contentHash: row["content_hash"],
      mode: row["mode"], startedAt: row["started_at"], finishedAt: row["finished_at"], host: row["host"],
      pid: row["pid"], process: row["process"], closed: row["closed"], outcome: row["outcome"],
      score: row["score"],
      passed: row["passed"],
      categories: row["categories"], turnCount: row["turn_count"], hintsUsed: row["hints_used"],
      latestOverrides: row["latest_overrides"], latestReviewer: row["latest_reviewer"],
      variant: row["variant"])
  }
}
