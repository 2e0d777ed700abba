import Foundation
import FrontlineHistory
import PostgresNIO

extension PostgresStore: HistorySeeding {
  package func seedLead(_ name: String) throws(StoreError) {}

  package func seed(_ attempts: [SeededAttempt]) throws(StoreError) {
    try session.transaction { statements in
      var trainees: [String: Int64] = [:]
      for name in Set(attempts.map(\.trainee)) { trainees[name] = try Self.traineeID(name, in: statements) }
      // One statement per column array, not per row.
      let ids = try statements.rows(
        """
        INSERT INTO attempt (trainee_id, scenario, scenario_title, kind, difficulty, language, content_hash, mode,
          started_at, host, pid, closed, finished_at, outcome, score, passed, categories)
        SELECT trainee, scenario, scenario, kind, difficulty, 'en', 'seeded', mode, to_timestamp(started),
          'seed', 0, 'finished', to_timestamp(started + 300), outcome, score, passed, categories
        FROM unnest(\(attempts.map { trainees[$0.trainee]! }), \(attempts.map(\.scenario)),
          \(attempts.map(\.kind.rawValue)), \(attempts.map { Int64($0.difficulty) }), \(attempts.map(\.mode.rawValue)),
          \(attempts.map(\.startedAt.timeIntervalSince1970)), \(attempts.map(\.outcome.rawValue)),
          \(attempts.map(\.score)), \(attempts.map(\.passed)), \(try attempts.map { try JSONCoding.string($0.categories) }))
          WITH ORDINALITY AS i(trainee, scenario, kind, difficulty, mode, started, outcome, score, passed, categories, n)
        ORDER BY n
        RETURNING id
        """, within: Statements.long
      ).map { try $0.get(0, as: Int64.self) }.sorted()  // drawn from the sequence in the order given
      var missAttempt: [Int64] = []
      var missTurn: [Int64] = []
      var rubric: [String] = []
      var criterion: [String] = []
      var description: [String] = []
      var tip: [String] = []
      var hasTip: [Bool] = []
      for (attempt, id) in zip(attempts, ids) {
        for miss in attempt.misses {
          missAttempt.append(id)
          missTurn.append(Int64(miss.turn))
          rubric.append(miss.rubric)
          criterion.append(miss.criterion)
          description.append(miss.description)
          tip.append(miss.tip ?? "")
          hasTip.append(miss.tip != nil)
        }
      }
      guard !missAttempt.isEmpty else { return }
      try statements.execute(
        """
        INSERT INTO turn_miss (attempt_id, idx, rubric, criterion, description, tip)
        SELECT a, i, r, c, d, CASE WHEN h THEN t END
        FROM unnest(\(missAttempt), \(missTurn), \(rubric), \(criterion), \(description), \(tip), \(hasTip))
          AS m(a, i, r, c, d, t, h)
        """, within: Statements.long)
    }
  }
}
