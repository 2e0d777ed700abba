import Foundation
import FrontlineHistory
import FrontlineModel
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
        columns += ", (a.category_scores ->> $\(index + 1))::float8"
      }
      let duration = durations ? "extract(epoch FROM a.finished_at - a.started_at)::float8" : "0.0::float8"
      // A cursor, so that only one batch of rows is held at a time.
      try statements.execute(
        PostgresQuery(
          unsafeSQL: """
            DECLARE report NO SCROLL CURSOR FOR
            SELECT a.id, a.trainee_id, a.scenario, a.kind, a.difficulty, a.mode, extract(epoch FROM a.started_at)::float8,
              \(duration), a.outcome, a.score, a.passed, latest.overrides, a.scenario_title\(columns)
            FROM attempt a
            LEFT JOIN (
              SELECT DISTINCT ON (attempt_id) attempt_id, overrides FROM review WHERE overrides <> '{}'
              ORDER BY attempt_id, id DESC
            ) latest ON latest.attempt_id = a.id
            WHERE a.closed = 'finished'
            ORDER BY a.trainee_id, a.started_at, a.id
            """, binds: bindings), within: Statements.long)
      var names: [Int64: String] = [:]
      for row in try statements.rows("SELECT id, name FROM trainee") {
        names[try row.get(0)] = try row.get(1, as: String.self)
      }
      var batches = TraineeBatches()
      // One copy of each name and title, however many attempts share it.
      var strings: [String: String] = [:]
      func shared(_ text: String) -> String {
        if let known = strings[text] { return known }
        strings[text] = text
        return text
      }
      // The next batch is asked for before this one is read, so the server and this thread work at
      // the same time.
      let fetch: PostgresQuery = "FETCH 20000 FROM report"
      var pending = statements.send(fetch)
      while true {
        let rows = try statements.result(pending, within: Statements.long).rows
        if rows.isEmpty { break }
        pending = statements.send(fetch)
        for row in rows {
          var cells = Cells(row)
          let id = try cells.next(Int64.self)
          let traineeID = try cells.next(Int64.self)
          guard let name = names[traineeID] else { continue }
          let scenario = shared(try cells.next(String.self))
          let kind = ScenarioKind(rawValue: try cells.next(String.self)) ?? .inquiry
          let difficulty = try cells.next(Int.self)
          let mode = AttemptMode(rawValue: try cells.next(String.self)) ?? .practice
          let started = try cells.next(Double.self)
          let duration = try cells.next(Double?.self)
          let outcome = (try cells.next(String?.self)).flatMap(Outcome.init(rawValue:))
          let score = try cells.next(Double?.self)
          let passed = try cells.next(Bool?.self)
          let overrides = try cells.next(String?.self)
          let title = shared(try cells.next(String.self))
          var scores: [Double?] = []
          scores.reserveCapacity(categories.count)
          for _ in categories { scores.append(try cells.next(Double?.self)) }
          try batches.add(
            ReportAttempt(
              id: id, trainee: name, scenario: scenario, scenarioTitle: title, kind: kind,
              difficulty: difficulty,
              mode: mode, startedAt: Date(timeIntervalSince1970: started), duration: duration ?? 0,
              outcome: outcome, score: score, passed: passed, categories: categories, scores: scores,
              overrides: overrides), body)
        }
      }
      try batches.finish(body)
      try statements.execute("CLOSE report")
    }
  }

  public func missCounts(since: Date?, until: Date?) throws(StoreError) -> [MissCount] {
    try session.transaction { statements in
      try statements.rows(
        """
        SELECT d.scenario, d.rubric, d.criterion, c.description, c.tip, SUM(d.misses)::int8
        FROM miss_daily d
        JOIN criterion_text c ON c.scenario = d.scenario AND c.rubric = d.rubric AND c.criterion = d.criterion
        WHERE (\(since)::timestamptz IS NULL OR d.day >= (\(since)::timestamptz AT TIME ZONE 'UTC')::date)
          AND (\(until)::timestamptz IS NULL OR d.day < (\(until)::timestamptz AT TIME ZONE 'UTC')::date)
        GROUP BY d.scenario, d.rubric, d.criterion, c.description, c.tip
        """
      ).map(Self.missCount)
    }
  }

  public func missCounts(trainee: String?, scenario: String?) throws(StoreError) -> [MissCount] {
    try session.transaction { statements in
      // Each criterion's text is its latest miss's.
      try statements.rows(
        """
        SELECT a.scenario, m.rubric, m.criterion,
          (array_agg(m.description ORDER BY m.id DESC))[1], (array_agg(m.tip ORDER BY m.id DESC))[1], COUNT(*)
        FROM turn_miss m JOIN attempt a ON a.id = m.attempt_id JOIN trainee t ON t.id = a.trainee_id
        WHERE (\(trainee)::text IS NULL OR t.name = \(trainee)) AND (\(scenario)::text IS NULL OR a.scenario = \(scenario))
        GROUP BY a.scenario, m.rubric, m.criterion
        """
      ).map(Self.missCount)
    }
  }

  /// A row of scenario, rubric, criterion, description, tip and count.
  static func missCount(_ row: PostgresRandomAccessRow) throws -> MissCount {
    MissCount(
      scenario: try row.get(0), rubric: try row.get(1), criterion: try row.get(2),
      description: try row.get(3),
      tip: try row.get(4), misses: try row.get(5))
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
}
