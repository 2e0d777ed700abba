import Foundation
import FrontlineScoring
internal import GRDB

/// The criteria a turn missed, kept apart from the turn's full result so reports can count them
/// without reading every result: one row per miss. The counts per day and criterion are kept from
/// these rows by the schema's triggers, as on PostgreSQL.
enum TurnMisses {
  static func insert(_ score: ReplyScore, attempt: Int64, index: Int, in db: Database) throws {
    for result in score.criteria where result.applicable && !result.met {
      try record(
        attempt: attempt, index: index, rubric: result.rubric ?? "", criterion: result.id,
        description: result.description, tip: result.tip, in: db)
    }
  }

  static func record(
    attempt: Int64, index: Int, rubric: String, criterion: String, description: String, tip: String?,
    in db: Database
  ) throws {
    try db.cachedStatement(
      sql:
        "INSERT INTO turn_miss (attempt_id, idx, rubric, criterion, description, tip) VALUES (?, ?, ?, ?, ?, ?)"
    ).execute(arguments: [attempt, index, rubric, criterion, description, tip])
  }
}
