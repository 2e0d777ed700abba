import Foundation
import FrontlineHistory
import FrontlineModel
internal import GRDB

extension SQLiteStore {
  public func missCounts(trainee: String?, scenario: String?) throws(StoreError) -> [MissCount] {
    try reading { db in
      // The text is the latest miss's (SQLite takes the bare columns from the row with MAX(m.id)).
      try Row.fetchAll(
        db,
        sql: """
          SELECT a.scenario, m.rubric, m.criterion, m.description, m.tip, COUNT(*), MAX(m.id)
          FROM turn_miss m JOIN attempt a ON a.id = m.attempt_id JOIN trainee t ON t.id = a.trainee_id
          WHERE (? IS NULL OR t.name = ?) AND (? IS NULL OR a.scenario = ?)
          GROUP BY a.scenario, m.rubric, m.criterion
          """, arguments: [trainee, trainee, scenario, scenario]
      ).map(Self.missCount)
    }
  }

  public func stepOutcomes(scenario: String) throws(StoreError) -> [StepOutcomes] {
    try reading { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT t.step, COUNT(*), SUM(CASE WHEN t.passed THEN 0 ELSE 1 END)
          FROM turn t JOIN attempt a ON a.id = t.attempt_id WHERE a.scenario = ?
          GROUP BY t.step ORDER BY 3 DESC, t.step
          """, arguments: [scenario]
      ).map { StepOutcomes(step: $0[0], turns: $0[1], failed: $0[2]) }
    }
  }

  public func finishedAttempts(scenario: String) throws(StoreError) -> [AttemptRecord] {
    try reading { db in
      try Row.fetchAll(
        db,
        sql: AttemptRow.select
          + " WHERE a.scenario = ? AND a.closed = 'finished' ORDER BY a.started_at, a.id",
        arguments: [scenario]
      ).compactMap(readable)
    }
  }
}
