import Foundation
import FrontlineHistory
import FrontlineModel
internal import GRDB

extension SQLiteStore {
  public func forEachTrainee(
    categories: [String], durations: Bool,
    _ body: (_ trainee: String, _ attempts: [ReportAttempt]) throws -> Void
  ) throws(StoreError) {
    try reading { db in
      var columns = ""
      var arguments: [(any DatabaseValueConvertible)?] = []
      for name in categories {
        columns += ", json_extract(a.categories, ?)"
        arguments.append("$.\"\(name)\"")
      }
      let sql = """
        SELECT a.id, t.name, a.scenario, a.kind, a.difficulty, a.mode, strftime('%s', a.started_at) + 0.0,
          \(durations ? "round((julianday(a.finished_at) - julianday(a.started_at)) * 86400.0, 3)" : "0.0"), a.outcome, a.score, a.passed,
          latest.overrides, a.scenario_title
          \(columns)
        FROM attempt a JOIN trainee t ON t.id = a.trainee_id
        LEFT JOIN (
          SELECT attempt_id, overrides FROM review
          WHERE id IN (SELECT MAX(id) FROM review WHERE overrides != '{}' GROUP BY attempt_id)
        ) latest ON latest.attempt_id = a.id
        WHERE a.closed = 'finished'
        ORDER BY t.name, a.started_at, a.id
        """
      let cursor = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
      var batches = TraineeBatches()
      var titles: [String: String] = [:]
      let scoreColumns = categories.indices.map {
        (13 + $0, Double.self as any DatabaseValueConvertible.Type)
      }
      while let row = try cursor.next() {
        if let column = RowCheck.damaged(
          row, required: Self.reportColumns, optional: Self.optionalReportColumns + scoreColumns)
        {
          let id: DatabaseValue = row[0]
          Self.warn(
            StoreError.damagedRow(
              table: "attempt", id: id.description, detail: "column \(column) of the report's query"
            ).description)
          continue
        }
        // One copy of each title, however many attempts share it.
        let read: String = row[12]
        let title = titles[read] ?? read
        titles[read] = title
        var scores: [Double?] = []
        for index in categories.indices { scores.append(row[13 + index]) }
        let attempt = ReportAttempt(
          id: row[0], trainee: row[1], scenario: row[2], scenarioTitle: title,
          kind: ScenarioKind(rawValue: row[3]) ?? .inquiry,
          difficulty: row[4], mode: AttemptMode(rawValue: row[5]) ?? .practice,
          startedAt: Date(timeIntervalSince1970: row[6]), duration: row[7] ?? 0,
          outcome: (row[8] as String?).flatMap(Outcome.init(rawValue:)), score: row[9], passed: row[10],
          categories: categories, scores: scores, overrides: row[11])
        try batches.add(attempt, body)
      }
      try batches.finish(body)
    }
  }

  /// The report query's columns that must hold a value of their type, and those that may be NULL.
  static var reportColumns: [(Int, any DatabaseValueConvertible.Type)] {
    [
      (0, Int64.self), (1, String.self), (2, String.self), (3, String.self), (4, Int.self), (5, String.self),
      (6, Double.self), (12, String.self),
    ]
  }
  static var optionalReportColumns: [(Int, any DatabaseValueConvertible.Type)] {
    [
      (7, Double.self), (8, String.self), (9, Double.self), (10, Bool.self), (11, String.self),
    ]
  }

  public func missCounts(since: Date?, until: Date?) throws(StoreError) -> [MissCount] {
    try reading { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT d.scenario, d.rubric, d.criterion, c.description, c.tip, SUM(d.misses)
          FROM miss_daily d
          JOIN criterion_text c ON c.scenario = d.scenario AND c.rubric = d.rubric AND c.criterion = d.criterion
          WHERE (? IS NULL OR d.day >= date(?)) AND (? IS NULL OR d.day < date(?))
          GROUP BY d.scenario, d.rubric, d.criterion
          """, arguments: [since, since, until, until]
      ).map(Self.missCount)
    }
  }

  /// A row of scenario, rubric, criterion, description, tip and count.
  static func missCount(_ row: Row) -> MissCount {
    MissCount(
      scenario: row[0], rubric: row[1], criterion: row[2], description: row[3], tip: row[4], misses: row[5])
  }

  public func lastActivity() throws(StoreError) -> [String: Date] {
    try reading { db in
      var result: [String: Date] = [:]
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT t.name, strftime('%s', MAX(a.started_at)) + 0.0 FROM attempt a JOIN trainee t ON t.id = a.trainee_id
          GROUP BY t.id
          """)
      where RowCheck.damaged(row, required: [(0, String.self), (1, Double.self)]) == nil {
        result[row[0]] = Date(timeIntervalSince1970: row[1])
      }
      return result
    }
  }

  public func allPromotions() throws(StoreError) -> [String: [PromotionRecord]] {
    try reading { db in
      var result: [String: [PromotionRecord]] = [:]
      for row in try Row.fetchAll(
        db, sql: "SELECT t.name, p.* FROM promotion p JOIN trainee t ON t.id = p.trainee_id ORDER BY p.id")
      where RowCheck.intact(
        row, table: "promotion", required: Self.promotionColumns, optional: Self.promotionOptional)
      {
        let trainee: String = row[0]
        result[trainee, default: []].append(
          PromotionRecord(
            trainee: trainee, level: row["level"], reviewer: row["reviewer"], reason: row["reason"],
            forced: row["forced"], recordedAt: row["recorded_at"]))
      }
      return result
    }
  }
}
