import Foundation
import FrontlineModel
internal import GRDB

/// A finished attempt as reports read it: light, with the effective results.
public struct ReportAttempt: Sendable, Equatable {
  public var id: Int64
  public var trainee: String
  public var scenario: String
  public var scenarioTitle: String
  public var kind: ScenarioKind
  public var difficulty: Int
  public var mode: AttemptMode
  public var startedAt: Date
  public var duration: Double
  public var outcome: Outcome?
  /// Effective score, verdict and categories (aligned with the names asked for).
  public var score: Double?
  public var passed: Bool?
  public var categoryScores: [Double?]
  public var overridden: Bool
  public var originalScore: Double?
  public var originalPassed: Bool?
}

extension ReportAttempt {
  package init(
    id: Int64, trainee: String, scenario: String, scenarioTitle: String, kind: ScenarioKind, difficulty: Int,
    mode: AttemptMode, startedAt: Date, duration: Double, outcome: Outcome?, score: Double?, passed: Bool?,
    categories: [String], scores: [Double?], overrides: String?
  ) {
    self.init(
      id: id, trainee: trainee, scenario: scenario, scenarioTitle: scenarioTitle, kind: kind,
      difficulty: difficulty, mode: mode, startedAt: startedAt, duration: duration, outcome: outcome,
      score: score, passed: passed, categoryScores: scores, overridden: false, originalScore: score,
      originalPassed: passed)
    guard let overrides else { return }
    var named: [String: Double?] = [:]
    for (index, category) in categories.enumerated() { named[category] = scores[index] }
    let effective = Effective(score: score, passed: passed, categories: named, overrides: overrides)
    self.score = effective.score
    self.passed = effective.passed
    self.categoryScores = categories.map { effective.categories[$0] ?? nil }
    self.overridden = true
  }
}

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
      var result: [ReportAttempt] = []
      let cursor = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
      var current: String?
      var titles: [String: String] = [:]
      while let row = try cursor.next() {
        let name: String = row[1]
        if name != current {
          if let current, !result.isEmpty { try body(current, result) }
          current = name
          result.removeAll(keepingCapacity: true)
        }
        let trainee = current ?? name
        let scenarioID: String = row[2]
        // One copy of each title, however many attempts share it.
        let read: String = row[12]
        let title = titles[read] ?? read
        titles[read] = title
        var scores: [Double?] = []
        for index in categories.indices { scores.append(row[13 + index]) }
        let attempt = ReportAttempt(
          id: row[0], trainee: trainee, scenario: scenarioID, scenarioTitle: title,
          kind: ScenarioKind(rawValue: row[3]) ?? .inquiry,
          difficulty: row[4], mode: AttemptMode(rawValue: row[5]) ?? .practice,
          startedAt: Date(timeIntervalSince1970: row[6]), duration: row[7] ?? 0,
          outcome: (row[8] as String?).flatMap(Outcome.init(rawValue:)), score: row[9], passed: row[10],
          categories: categories, scores: scores, overrides: row[11])
        result.append(attempt)
      }
      if let current, !result.isEmpty { try body(current, result) }
    }
  }

  public func missedCriteria(since: Date?, until: Date?, limit: Int) throws(StoreError) -> [CriterionMisses] {
    try reading { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT d.criterion, c.description, c.tip, SUM(d.misses) AS misses
          FROM miss_daily d JOIN criterion_text c ON c.criterion = d.criterion
          WHERE (? IS NULL OR d.day >= date(?)) AND (? IS NULL OR d.day < date(?))
          GROUP BY d.criterion ORDER BY misses DESC, d.criterion LIMIT ?
          """, arguments: [since, since, until, until, limit]
      ).map { CriterionMisses(criterion: $0[0], description: $0[1], tip: $0[2], misses: $0[3]) }
    }
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
      {
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
