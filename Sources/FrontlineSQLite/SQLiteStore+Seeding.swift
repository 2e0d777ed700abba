import Foundation
import FrontlineHistory
import FrontlineModel
internal import GRDB

extension SQLiteStore: HistorySeeding {
  package func seedLead(_ name: String) throws(StoreError) { try addLead(name) }

  package func seed(_ attempts: [SeededAttempt]) throws(StoreError) {
    try writing { db in
      var trainees: [String: Int64] = [:]
      let insert = try db.makeStatement(
        sql: """
          INSERT INTO attempt (trainee_id, scenario, scenario_title, kind, difficulty, language, content_hash, mode,
            started_at, host, pid, closed, finished_at, outcome, score, passed, categories)
          VALUES (?, ?, ?, ?, ?, 'en', 'seeded', ?, ?, 'seed', 0, 'finished', ?, ?, ?, ?, ?)
          """)
      for attempt in attempts {
        let trainee: Int64
        if let known = trainees[attempt.trainee] {
          trainee = known
        } else {
          if let id = try Int64.fetchOne(
            db, sql: "SELECT id FROM trainee WHERE name = ?", arguments: [attempt.trainee])
          {
            trainee = id
          } else {
            try db.execute(
              sql: "INSERT INTO trainee (name, created_at) VALUES (?, ?)",
              arguments: [attempt.trainee, Date()])
            trainee = db.lastInsertedRowID
          }
          trainees[attempt.trainee] = trainee
        }
        try insert.execute(arguments: [
          trainee, attempt.scenario, attempt.scenario, attempt.kind.rawValue, attempt.difficulty,
          attempt.mode.rawValue, attempt.startedAt, attempt.startedAt.addingTimeInterval(300),
          attempt.outcome.rawValue, attempt.score, attempt.passed, try JSONCoding.string(attempt.categories),
        ])
        let id = db.lastInsertedRowID
        for item in attempt.misses {
          try TurnMisses.record(
            attempt: id, index: item.turn, rubric: item.rubric, criterion: item.criterion,
            description: item.description, tip: item.tip, in: db)
        }
      }
    }
  }
}
