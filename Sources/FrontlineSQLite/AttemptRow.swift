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

  static func record(_ row: Row) throws -> AttemptRecord {
    AttemptRecord(
      id: row["id"], trainee: row["trainee_name"], scenario: row["scenario"],
      scenarioTitle: row["scenario_title"],
      kind: row["kind"], difficulty: row["difficulty"], language: row["language"],
      contentHash: row["content_hash"],
      mode: row["mode"], startedAt: row["started_at"], finishedAt: row["finished_at"], host: row["host"],
      pid: row["pid"], process: row["process"], closed: row["closed"], outcome: row["outcome"],
      score: row["score"],
      passed: row["passed"],
      categories: row["categories"], turnCount: row["turn_count"], hintsUsed: row["hints_used"],
      latestOverrides: row["latest_overrides"], latestReviewer: row["latest_reviewer"])
  }
}
