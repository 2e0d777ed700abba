import Foundation
import FrontlineScoring
internal import GRDB

/// The criteria a turn missed, kept apart from the turn's full result so reports can count them
/// without reading every result: one row per miss, and a count per day and criterion.
enum TurnMisses {
  static func insert(_ score: ReplyScore, attempt: Int64, index: Int, day: Date, in db: Database) throws {
    for result in score.criteria where result.applicable && !result.met {
      try record(
        attempt: attempt, index: index, criterion: result.id, description: result.description,
        tip: result.tip,
        day: day, in: db)
    }
  }

  static func record(
    attempt: Int64, index: Int, criterion: String, description: String, tip: String?, day: Date,
    in db: Database
  ) throws {
    try db.cachedStatement(
      sql: "INSERT INTO turn_miss (attempt_id, idx, criterion, description, tip) VALUES (?, ?, ?, ?, ?)"
    ).execute(arguments: [attempt, index, criterion, description, tip])
    try db.cachedStatement(
      sql: """
        INSERT INTO miss_daily (day, criterion, misses) VALUES (date(?), ?, 1)
        ON CONFLICT (day, criterion) DO UPDATE SET misses = misses + 1
        """
    ).execute(arguments: [day, criterion])
    try db.cachedStatement(
      sql: """
        INSERT INTO criterion_text (criterion, description, tip) VALUES (?, ?, ?)
        ON CONFLICT (criterion) DO UPDATE SET description = excluded.description, tip = excluded.tip
        WHERE description != excluded.description OR tip IS NOT excluded.tip
        """
    ).execute(arguments: [criterion, description, tip])
  }
}
