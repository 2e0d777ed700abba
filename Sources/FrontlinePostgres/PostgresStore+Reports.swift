import Foundation
import FrontlineModel
import FrontlineStorage
import PostgresNIO

extension PostgresStore {
  public func forEachTrainee(
    categories: [String], durations: Bool,
    _ body: (_ trainee: String, _ attempts: [ReportAttempt]) throws -> Void
  ) throws(StoreError) {
    try session.transaction { statements in
      var bindings = PostgresBindings()
      var columns = ""
      for (index, name) in categories.enumerated() {
        bindings.append(name)
        columns += ", (a.categories::jsonb ->> $\(index + 1))::float8"
      }
      let duration = durations ? "extract(epoch FROM a.finished_at - a.started_at)::float8" : "0.0::float8"
      // A cursor, so that only one batch of rows is held at a time.
      try statements.execute(
        PostgresQuery(
          unsafeSQL: """
            DECLARE report NO SCROLL CURSOR FOR
            SELECT a.id, t.name, a.scenario, a.kind, a.difficulty, a.mode, extract(epoch FROM a.started_at)::float8,
              \(duration), a.outcome, a.score, a.passed, latest.overrides, a.scenario_title\(columns)
            FROM attempt a JOIN trainee t ON t.id = a.trainee_id
            LEFT JOIN (
              SELECT DISTINCT ON (attempt_id) attempt_id, overrides FROM review WHERE overrides <> '{}'
              ORDER BY attempt_id, id DESC
            ) latest ON latest.attempt_id = a.id
            WHERE a.closed = 'finished'
            ORDER BY t.name, a.started_at, a.id
            """, binds: bindings))
      var current: String?
      var batch: [ReportAttempt] = []
      while true {
        let rows = try statements.rows("FETCH 20000 FROM report")
        if rows.isEmpty { break }
        for row in rows {
          let name = try row.get(1, as: String.self)
          if name != current {
            if let current, !batch.isEmpty { try body(current, batch) }
            current = name
            batch.removeAll(keepingCapacity: true)
          }
          var scores: [Double?] = []
          for index in categories.indices { scores.append(try row.get(13 + index, as: Double?.self)) }
          batch.append(
            ReportAttempt(
              id: try row.get(0), trainee: name, scenario: try row.get(2), scenarioTitle: try row.get(12),
              kind: ScenarioKind(rawValue: try row.get(3)) ?? .inquiry, difficulty: try row.get(4),
              mode: AttemptMode(rawValue: try row.get(5)) ?? .practice,
              startedAt: Date(timeIntervalSince1970: try row.get(6)), duration: try row.get(7) ?? 0,
              outcome: (try row.get(8, as: String?.self)).flatMap(Outcome.init(rawValue:)),
              score: try row.get(9),
              passed: try row.get(10), categories: categories, scores: scores, overrides: try row.get(11)))
        }
      }
      if let current, !batch.isEmpty { try body(current, batch) }
      try statements.execute("CLOSE report")
    }
  }

  public func missedCriteria(since: Date?, until: Date?, limit: Int) throws(StoreError) -> [CriterionMisses] {
    try session.transaction { statements in
      try statements.rows(
        """
        SELECT d.criterion, c.description, c.tip, SUM(d.misses)::int8 AS misses
        FROM miss_daily d JOIN criterion_text c ON c.criterion = d.criterion
        WHERE (\(since)::timestamptz IS NULL OR d.day >= (\(since)::timestamptz AT TIME ZONE 'UTC')::date)
          AND (\(until)::timestamptz IS NULL OR d.day < (\(until)::timestamptz AT TIME ZONE 'UTC')::date)
        GROUP BY d.criterion, c.description, c.tip ORDER BY misses DESC, d.criterion LIMIT \(limit)
        """
      ).map(Self.misses)
    }
  }

  public func missedCriteria(trainee: String?, scenario: String?, limit: Int) throws(StoreError)
    -> [CriterionMisses]
  {
    try session.transaction { statements in
      try statements.rows(
        """
        SELECT m.criterion, MAX(m.description), MAX(m.tip), COUNT(*) AS misses
        FROM turn_miss m JOIN attempt a ON a.id = m.attempt_id JOIN trainee t ON t.id = a.trainee_id
        WHERE (\(trainee)::text IS NULL OR t.name = \(trainee)) AND (\(scenario)::text IS NULL OR a.scenario = \(scenario))
        GROUP BY m.criterion ORDER BY misses DESC, m.criterion LIMIT \(limit)
        """
      ).map(Self.misses)
    }
  }

  static func misses(_ row: PostgresRandomAccessRow) throws -> CriterionMisses {
    CriterionMisses(
      criterion: try row.get(0), description: try row.get(1), tip: try row.get(2), misses: try row.get(3))
  }

  public func lastActivity() throws(StoreError) -> [String: Date] {
    try session.transaction { statements in
      var result: [String: Date] = [:]
      for row in try statements.rows(
        "SELECT t.name, MAX(a.started_at) FROM attempt a JOIN trainee t ON t.id = a.trainee_id GROUP BY t.name"
      ) {
        result[try row.get(0)] = try row.get(1, as: Date.self)
      }
      return result
    }
  }

  public func allPromotions() throws(StoreError) -> [String: [PromotionRecord]] {
    try allPromotions(trainee: nil)
  }

  public func stepOutcomes(scenario: String) throws(StoreError) -> [StepOutcomes] {
    try session.transaction { statements in
      try statements.rows(
        """
        SELECT t.step, COUNT(*), COUNT(*) FILTER (WHERE NOT t.passed)
        FROM turn t JOIN attempt a ON a.id = t.attempt_id WHERE a.scenario = \(scenario)
        GROUP BY t.step ORDER BY 3 DESC, t.step
        """
      ).map { StepOutcomes(step: try $0.get(0), turns: try $0.get(1), failed: try $0.get(2)) }
    }
  }

  public func finishedAttempts(scenario: String) throws(StoreError) -> [AttemptRecord] {
    try session.transaction { statements in
      try statements.rows(
        """
        \(unescaped: Self.attemptSelect) WHERE a.scenario = \(scenario) AND a.closed = 'finished'
        ORDER BY a.started_at, a.id
        """
      ).map(Self.attempt)
    }
  }

  public func importAttempts(_ attempts: [ImportedAttempt]) throws(StoreError) {
    try session.transaction { statements in
      var trainees: [String: Int64] = [:]
      for name in Set(attempts.map(\.trainee)) { trainees[name] = try Self.traineeID(name, in: statements) }
      // One statement per column array, not per row.
      let ids = try statements.rows(
        """
        INSERT INTO attempt (trainee_id, scenario, scenario_title, kind, difficulty, language, content_hash, mode,
          started_at, host, pid, closed, finished_at, outcome, score, passed, categories)
        SELECT trainee, scenario, scenario, kind, difficulty, 'en', 'imported', mode, to_timestamp(started),
          'import', 0, 'finished', to_timestamp(started + 300), outcome, score, passed, categories
        FROM unnest(\(attempts.map { trainees[$0.trainee]! }), \(attempts.map(\.scenario)),
          \(attempts.map(\.kind.rawValue)), \(attempts.map { Int64($0.difficulty) }), \(attempts.map(\.mode.rawValue)),
          \(attempts.map(\.startedAt.timeIntervalSince1970)), \(attempts.map(\.outcome.rawValue)),
          \(attempts.map(\.score)), \(attempts.map(\.passed)), \(try attempts.map { try JSONCoding.string($0.categories) }))
          WITH ORDINALITY AS i(trainee, scenario, kind, difficulty, mode, started, outcome, score, passed, categories, n)
        ORDER BY n
        RETURNING id
        """
      ).map { try $0.get(0, as: Int64.self) }.sorted()  // drawn from the sequence in the order given
      var missAttempt: [Int64] = []
      var missTurn: [Int64] = []
      var criterion: [String] = []
      var description: [String] = []
      var tip: [String] = []
      var hasTip: [Bool] = []
      for (attempt, id) in zip(attempts, ids) {
        for miss in attempt.misses {
          missAttempt.append(id)
          missTurn.append(Int64(miss.turn))
          criterion.append(miss.criterion)
          description.append(miss.description)
          tip.append(miss.tip ?? "")
          hasTip.append(miss.tip != nil)
        }
      }
      guard !missAttempt.isEmpty else { return }
      try statements.execute(
        """
        INSERT INTO turn_miss (attempt_id, idx, criterion, description, tip)
        SELECT a, i, c, d, CASE WHEN h THEN t END
        FROM unnest(\(missAttempt), \(missTurn), \(criterion), \(description), \(tip), \(hasTip)) AS m(a, i, c, d, t, h)
        """)
    }
  }
}
