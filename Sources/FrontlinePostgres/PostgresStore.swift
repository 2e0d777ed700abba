import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineScoring
import PostgresNIO

/// The store on a shared PostgreSQL server: the same behaviour as the SQLite store, for a team whose
/// trainees and leads work on many machines. The server enforces who may do what (see
/// ``PostgresRole``); a lost connection is retried for a while, then reported.
public final class PostgresStore: ProgressStore {
  let session: PostgresSession

  /// Where the store is.
  public var location: PostgresLocation { session.location }

  /// Connects to the database at `location`, which `frontline admin init` has prepared.
  /// `onRetry` is told when the connection is lost and being retried (by default, on standard error).
  public init(
    location: PostgresLocation, retryWindow: TimeInterval = 30,
    onRetry: @escaping @Sendable (String) -> Void = PostgresStore.warn
  ) throws(StoreError) {
    session = PostgresSession(location: location, retryWindow: retryWindow, onRetry: onRetry)
    try PostgresSchema.check(session)
  }

  /// Writes a warning to standard error.
  public static let warn: @Sendable (String) -> Void = StoreWarning.standardError

  static let attemptSelect = """
    SELECT a.id, t.name, a.scenario, a.scenario_title, a.kind, a.difficulty, a.language, a.content_hash, a.mode,
      a.started_at, a.finished_at, a.host, a.pid, a.closed, a.outcome, a.score, a.passed, a.categories,
      (SELECT COUNT(*) FROM turn WHERE attempt_id = a.id),
      (SELECT overrides FROM review WHERE attempt_id = a.id AND overrides <> '{}' ORDER BY id DESC LIMIT 1),
      (SELECT COALESCE(SUM(hints), 0)::INTEGER FROM turn WHERE attempt_id = a.id),
      (SELECT reviewer FROM review WHERE attempt_id = a.id AND overrides <> '{}' ORDER BY id DESC LIMIT 1),
      a.process, a.variant
    FROM attempt a JOIN trainee t ON t.id = a.trainee_id
    """

  static func attempt(_ row: PostgresRandomAccessRow) throws -> AttemptRecord {
    AttemptRecord(
      id: try row.get(0), trainee: try row.get(1), scenario: try row.get(2), scenarioTitle: try row.get(3),
      kind: try row.get(4), difficulty: try row.get(5), language: try row.get(6), contentHash: try row.get(7),
      mode: try row.get(8), startedAt: try row.get(9), finishedAt: try row.get(10), host: try row.get(11),
      pid: try row.get(12), process: try row.get(22), closed: try row.get(13), outcome: try row.get(14),
      score: try row.get(15),
      passed: try row.get(16), categories: try row.get(17), turnCount: try row.get(18),
      hintsUsed: try row.get(20), latestOverrides: try row.get(19), latestReviewer: try row.get(21),
      variant: try row.get(23))
  }

  public func startAttempt(_ attempt: NewAttempt) throws(StoreError) -> Int64 {
    try session.transaction { statements in
      let trainee = try Self.traineeID(attempt.trainee, in: statements)
      let scenario = attempt.scenario
      let host = ProcessIdentity.host
      let pid = ProcessIdentity.pid
      // After a lost connection the first try may have committed: find it rather than start twice.
      if statements.retrying,
        let id = try statements.row(
          """
          SELECT id FROM attempt WHERE trainee_id = \(trainee) AND started_at = \(attempt.startedAt)
            AND host = \(host) AND pid = \(pid) AND scenario = \(scenario.id)
          """)?.get(0, as: Int64.self)
      {
        return id
      }
      return try statements.row(
        """
        INSERT INTO attempt (trainee_id, scenario, scenario_title, kind, difficulty, language, content_hash, mode,
          started_at, host, pid, process, variant)
        VALUES (\(trainee), \(scenario.id), \(scenario.title), \(scenario.kind.rawValue), \(scenario.difficulty),
          \(scenario.language), \(attempt.contentHash), \(attempt.mode.rawValue), \(attempt.startedAt), \(host), \(pid), \(ProcessIdentity.token),
          \(attempt.variant))
        RETURNING id
        """)!.get(0, as: Int64.self)
    }
  }

  public func recordTurn(_ turn: TurnRecord) throws(StoreError) {
    try session.transaction { statements in
      try Self.requireOpen(turn.attempt, in: statements)
      let inserted = try statements.row(
        """
        INSERT INTO turn (attempt_id, idx, step, customer, reply, route, score, passed, result, elapsed, hints,
          lookups, recorded_at)
        VALUES (\(turn.attempt), \(turn.index), \(turn.step), \(try JSONCoding.string(turn.customerMessages)),
          \(turn.reply), \(turn.route), \(turn.score.score), \(turn.score.passed), \(try JSONCoding.string(turn.score)),
          \(turn.elapsed), \(turn.hintsUsed), \(try JSONCoding.string(turn.lookups)), \(turn.recordedAt))
        ON CONFLICT (attempt_id, idx) DO NOTHING
        RETURNING idx
        """)
      guard inserted != nil else {
        // The first try committed before the connection was lost: the turn is saved.
        if statements.retrying { return }
        throw StoreError.database("turn \(turn.index) of attempt \(turn.attempt) is already recorded")
      }
      let missed = turn.score.criteria.filter { $0.applicable && !$0.met }
      guard !missed.isEmpty else { return }
      // One statement for all the turn's misses.
      try statements.execute(
        """
        INSERT INTO turn_miss (attempt_id, idx, rubric, criterion, description, tip)
        SELECT \(turn.attempt), \(turn.index), r, c, d, CASE WHEN h THEN t END
        FROM unnest(\(missed.map { $0.rubric ?? "" }), \(missed.map(\.id)), \(missed.map(\.description)),
          \(missed.map { $0.tip ?? "" }), \(missed.map { $0.tip != nil })) AS m(r, c, d, t, h)
        """)
    }
  }

  public func finishAttempt(_ id: Int64, with result: AttemptResult) throws(StoreError) {
    try session.transaction { statements in
      if try Self.alreadyClosed(id, as: "finished", in: statements) { return }
      try statements.execute(
        """
        UPDATE attempt SET closed = 'finished', finished_at = \(result.finishedAt), outcome = \(result.outcome.rawValue),
          score = \(result.score), passed = \(result.passed), categories = \(try JSONCoding.string(result.categories))
        WHERE id = \(id)
        """)
    }
  }

  public func abandonAttempt(_ id: Int64, at date: Date) throws(StoreError) {
    try session.transaction { statements in
      if try Self.alreadyClosed(id, as: "abandoned", in: statements) { return }
      try statements.execute(
        "UPDATE attempt SET closed = 'abandoned', finished_at = \(date) WHERE id = \(id)")
    }
  }

  /// Whether a retried close finds its own earlier commit; throws when the attempt is unknown or
  /// closed otherwise.
  private static func alreadyClosed(_ id: Int64, as state: String, in statements: Statements) throws -> Bool {
    guard let closed = try closedState(id, in: statements) else { return false }
    if statements.retrying && closed == state { return true }
    throw StoreError.attemptClosed(id)
  }

  private static func requireOpen(_ id: Int64, in statements: Statements) throws {
    if try closedState(id, in: statements) != nil { throw StoreError.attemptClosed(id) }
  }

  /// How an attempt was closed ("finished", "abandoned"), `nil` while open; throws for an unknown id.
  static func closedState(_ id: Int64, in statements: Statements) throws -> String? {
    guard let row = try statements.row("SELECT closed FROM attempt WHERE id = \(id)") else {
      throw StoreError.unknownAttempt(id)
    }
    return try row.get(0, as: String?.self)
  }

  public func attempt(_ id: Int64) throws(StoreError) -> AttemptRecord {
    try session.transaction { statements in
      guard let row = try statements.row("\(unescaped: Self.attemptSelect) WHERE a.id = \(id)")
      else { throw StoreError.unknownAttempt(id) }
      return try Self.attempt(row)
    }
  }

  public func attempts(trainee: String, limit: Int?) throws(StoreError) -> [AttemptRecord] {
    try session.transaction { statements in
      try statements.rows(
        "\(unescaped: Self.attemptSelect) WHERE t.name = \(trainee) ORDER BY a.started_at DESC, a.id DESC LIMIT \(limit)"
      ).map(Self.attempt)
    }
  }

  public func turns(attempt: Int64) throws(StoreError) -> [TurnRecord] {
    try session.transaction { statements in
      try statements.rows(
        """
        SELECT attempt_id, idx, step, customer, reply, route, result, elapsed, hints, recorded_at, lookups
        FROM turn WHERE attempt_id = \(attempt) ORDER BY idx
        """
      ).compactMap { row -> TurnRecord? in
        // The server's column types keep every column readable; the JSON in text columns may not be,
        // when edited by hand: that turn is said and left out, the others are shown.
        do {
          return TurnRecord(
            attempt: try row.get(0), index: try row.get(1), step: try row.get(2),
            customerMessages: try JSONCoding.decode([String].self, try row.get(3)), reply: try row.get(4),
            route: try row.get(5), score: try JSONCoding.decode(ReplyScore.self, try row.get(6)),
            elapsed: try row.get(7), hintsUsed: try row.get(8),
            lookups: try JSONCoding.decode([String].self, try row.get(10)), recordedAt: try row.get(9))
        } catch is DecodingError {
          let index = (try? row.get(1, as: Int.self)).map(String.init) ?? "?"
          Self.warn(
            StoreError.damagedRow(table: "turn", id: "\(attempt)/\(index)", detail: "its JSON does not read")
              .description)
          return nil
        }
      }
    }
  }

  public func trainees() throws(StoreError) -> [String] {
    try session.transaction { statements in
      try statements.rows("SELECT name FROM trainee ORDER BY name").map { try $0.get(0, as: String.self) }
    }
  }

  public func promotions(trainee: String) throws(StoreError) -> [PromotionRecord] {
    try allPromotions(trainee: trainee)[trainee] ?? []
  }

  public func recordPromotion(_ promotion: PromotionRecord) throws(StoreError) {
    try session.transaction { statements in
      let trainee = try Self.traineeID(promotion.trainee, in: statements)
      if statements.retrying,
        try statements.row(
          """
          SELECT 1 FROM promotion WHERE trainee_id = \(trainee) AND level = \(promotion.level)
            AND recorded_at = \(promotion.recordedAt)
          """) != nil
      {
        return
      }
      try statements.execute(
        """
        INSERT INTO promotion (trainee_id, level, reviewer, reason, forced, recorded_at)
        VALUES (\(trainee), \(promotion.level), \(promotion.reviewer), \(promotion.reason), \(promotion.forced),
          \(promotion.recordedAt))
        """)
    }
  }

  /// Promotions of one trainee, or of everyone, oldest first.
  func allPromotions(trainee: String?) throws(StoreError) -> [String: [PromotionRecord]] {
    try session.transaction { statements in
      var result: [String: [PromotionRecord]] = [:]
      for row in try statements.rows(
        """
        SELECT t.name, p.level, p.reviewer, p.reason, p.forced, p.recorded_at
        FROM promotion p JOIN trainee t ON t.id = p.trainee_id
        WHERE \(trainee)::text IS NULL OR t.name = \(trainee) ORDER BY p.recorded_at, p.id
        """)
      {
        let name = try row.get(0, as: String.self)
        result[name, default: []].append(
          PromotionRecord(
            trainee: name, level: try row.get(1), reviewer: try row.get(2), reason: try row.get(3),
            forced: try row.get(4), recordedAt: try row.get(5)))
      }
      return result
    }
  }

  /// The trainee's id, created on first use.
  static func traineeID(_ name: String, in statements: Statements) throws -> Int64 {
    if let id = try statements.row("SELECT id FROM trainee WHERE name = \(name)") {
      return try id.get(0)
    }
    if let id = try statements.row(
      "INSERT INTO trainee (name, created_at) VALUES (\(name), \(Date())) ON CONFLICT (name) DO NOTHING RETURNING id"
    ) {
      return try id.get(0)
    }
    // Another process created it meanwhile.
    guard let id = try statements.row("SELECT id FROM trainee WHERE name = \(name)") else {
      throw StoreError.database("trainee '\(name)' could not be created")
    }
    return try id.get(0)
  }
}
