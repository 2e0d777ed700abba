import Foundation
import FrontlineHistory
import FrontlineModel
internal import GRDB

extension SQLiteStore {
  public func missedCriteria(trainee: String?, scenario: String?, limit: Int) throws(StoreError)
    -> [CriterionMisses]
  {
    try reading { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT m.criterion, MAX(m.description), MAX(m.tip), COUNT(*) AS misses
          FROM turn_miss m JOIN attempt a ON a.id = m.attempt_id JOIN trainee t ON t.id = a.trainee_id
          WHERE (? IS NULL OR t.name = ?) AND (? IS NULL OR a.scenario = ?)
          GROUP BY m.criterion ORDER BY misses DESC, m.criterion LIMIT ?
          """, arguments: [trainee, trainee, scenario, scenario, limit]
      ).map { CriterionMisses(criterion: $0[0], description: $0[1], tip: $0[2], misses: $0[3]) }
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
