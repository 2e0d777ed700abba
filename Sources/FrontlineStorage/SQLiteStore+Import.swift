import Foundation
import FrontlineModel
internal import GRDB

/// A finished attempt to import without its turns: histories brought in from elsewhere, and the
/// large histories benchmarks need.
public struct ImportedAttempt: Sendable {
  public var trainee: String
  public var scenario: String
  public var kind: ScenarioKind
  public var difficulty: Int
  public var mode: AttemptMode
  public var startedAt: Date
  public var outcome: Outcome
  public var score: Double
  public var passed: Bool
  public var categories: [String: Double?]
  /// Criteria missed, by turn.
  public var misses: [ImportedMiss]

  public init(
    trainee: String, scenario: String, kind: ScenarioKind, difficulty: Int, mode: AttemptMode,
    startedAt: Date, outcome: Outcome, score: Double, passed: Bool, categories: [String: Double?],
    misses: [ImportedMiss] = []
  ) {
    self.misses = misses
    self.trainee = trainee
    self.scenario = scenario
    self.kind = kind
    self.difficulty = difficulty
    self.mode = mode
    self.startedAt = startedAt
    self.outcome = outcome
    self.score = score
    self.passed = passed
    self.categories = categories
  }
}

/// A criterion a turn of an imported attempt missed.
public struct ImportedMiss: Sendable {
  public var turn: Int
  public var criterion: String
  public var description: String
  public var tip: String?

  public init(turn: Int, criterion: String, description: String, tip: String?) {
    self.turn = turn
    self.criterion = criterion
    self.description = description
    self.tip = tip
  }
}

extension SQLiteStore {
  public func importAttempts(_ attempts: [ImportedAttempt]) throws(StoreError) {
    try writing { db in
      var trainees: [String: Int64] = [:]
      let insert = try db.makeStatement(
        sql: """
          INSERT INTO attempt (trainee_id, scenario, scenario_title, kind, difficulty, language, content_hash, mode,
            started_at, host, pid, closed, finished_at, outcome, score, passed, categories)
          VALUES (?, ?, ?, ?, ?, 'en', 'imported', ?, ?, 'import', 0, 'finished', ?, ?, ?, ?, ?)
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
            attempt: id, index: item.turn, criterion: item.criterion, description: item.description,
            tip: item.tip,
            day: attempt.startedAt, in: db)
        }
      }
    }
  }
}
