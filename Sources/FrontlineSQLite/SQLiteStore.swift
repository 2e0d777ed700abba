import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineScoring
internal import GRDB

/// The embedded store: one SQLite file in WAL mode, shared safely by several processes at once.
public final class SQLiteStore: ProgressStore {
  let pool: DatabasePool
  /// The database file.
  public let path: String

  /// Opens (creating when needed) the database at `path` and brings its schema up to date; refuses a
  /// database written by a newer Frontline, without changing it.
  ///
  /// An existing file is first read with a read-only connection, so a newer or damaged database is
  /// refused before anything is written to it. A new file is created and migrated under a temporary
  /// name and then linked into place, so that processes opening the same new file at once never
  /// migrate it twice.
  ///
  /// With `readOnly`, for commands that only read, a file whose schema is up to date is opened
  /// read-only: nothing is written to it, and it may be on read-only media. A file an older Frontline
  /// wrote is still brought up to date first, when it can be written.
  public init(path: String, readOnly: Bool = false) throws(StoreError) {
    self.path = path
    var configuration = Configuration()
    configuration.busyMode = .timeout(30)
    configuration.foreignKeysEnabled = true
    do {
      if let problem = FilePlace.checkFile(path) { throw problem }
      if readOnly, FileManager.default.fileExists(atPath: path), try Self.checkVersion(path) {
        configuration.readonly = true
        pool = try DatabasePool(path: path, configuration: configuration)
        return
      }
      try FilePlace.makeFolders(for: path)
      if FileManager.default.fileExists(atPath: path) {
        try Self.checkVersion(path)
      } else {
        try Self.create(path, configuration: configuration)
      }
      pool = try DatabasePool(path: path, configuration: configuration)
      try Self.migrate(pool)
    } catch let problem as FilePlace.Problem {
      throw .cannotOpen(path: path, reason: problem.description)
    } catch let error as StoreError {
      throw error
    } catch let error as DatabaseError {
      throw .cannotOpen(
        path: path, reason: Self.openProblem(path) ?? error.message ?? error.description,
        cause: Self.cause(error))
    } catch {
      throw .cannotOpen(path: path, reason: error.localizedDescription, cause: Self.cause(error))
    }
  }

  /// Brings the schema up to date. Each migration is its own transaction, so another process
  /// upgrading the same file at the same moment can apply one first; the migrations still missing are
  /// then tried again.
  private static func migrate(_ pool: DatabasePool) throws {
    var tries = 0
    while true {
      do {
        return try SQLiteSchema.migrator.migrate(pool)
      } catch {
        tries += 1
        let done = try pool.read { try SQLiteSchema.migrator.hasCompletedMigrations($0) }
        if done { return }
        if tries >= 5 { throw error }
        Thread.sleep(forTimeInterval: 0.05 * Double(tries))
      }
    }
  }

  /// Refuses, without writing to it, a database that has migrations this build does not know;
  /// returns whether it has every migration this build has.
  @discardableResult
  private static func checkVersion(_ path: String) throws -> Bool {
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(30)
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    defer { try? queue.close() }
    let migrator = SQLiteSchema.migrator
    let (unknown, complete) = try queue.read { db in
      // Reading the schema also finds a file that is not a database.
      guard try db.tableExists("grdb_migrations") else { return (Set<String>(), false) }
      return (
        try migrator.appliedIdentifiers(db).subtracting(migrator.migrations),
        try migrator.hasCompletedMigrations(db)
      )
    }
    guard unknown.isEmpty else { throw StoreError.newerSchema(path: path, unknown: unknown.sorted()) }
    return complete
  }

  /// Creates the database at `path`, migrated, unless another process creates it first.
  private static func create(_ path: String, configuration: Configuration) throws {
    let temporary = "\(path).\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).new"
    defer {
      for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: temporary + suffix) }
    }
    let pool = try DatabasePool(path: temporary, configuration: configuration)
    try SQLiteSchema.migrator.migrate(pool)
    try pool.close()
    // link(2) fails when the name exists: then another process won, and its file is used.
    if link(temporary, path) != 0 && errno != EEXIST {
      throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }
  }

  /// The default database: `$XDG_DATA_HOME/frontline/frontline.sqlite` when `XDG_DATA_HOME` is an
  /// absolute path, else `$HOME/.local/share/frontline/frontline.sqlite` (see ``BaseDirectory``).
  public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> String
  {
    BaseDirectory.data.frontlineFile("frontline.sqlite", environment: environment)
  }

  /// Runs `body` in one write transaction and returns what it returns.
  func writing<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    try translatingErrors { try pool.write(body) }
  }

  /// Reads in one snapshot.
  func reading<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    try translatingErrors { try pool.read(body) }
  }

  /// `work`, with SQLite's errors told as ``StoreError``s.
  private func translatingErrors<T>(_ work: () throws -> T) throws(StoreError) -> T {
    do {
      return try work()
    } catch let error as StoreError {
      throw error
    } catch let error as DatabaseError {
      if let refusal = error.message.flatMap(SQLiteRefusal.error(for:)) { throw refusal }
      throw .database(error.message ?? error.description, cause: Self.cause(error))
    } catch {
      throw .database("\(error)", cause: Self.cause(error))
    }
  }

  /// What SQLite said: its extended result code (1811 for SQLITE_CONSTRAINT_TRIGGER) and message.
  static func cause(_ error: any Error) -> StoreError.Cause {
    guard let error = error as? DatabaseError else {
      return StoreError.Cause(engine: "SQLite", code: nil, detail: String(describing: error))
    }
    return StoreError.Cause(
      engine: "SQLite", code: String(error.extendedResultCode.rawValue), detail: error.description)
  }

  public func startAttempt(_ attempt: NewAttempt) throws(StoreError) -> Int64 {
    try writing { db in
      let trainee = try Self.traineeID(attempt.trainee, in: db, creating: true)!
      let scenario = attempt.scenario
      try db.execute(
        sql: """
          INSERT INTO attempt (trainee_id, scenario, scenario_title, kind, difficulty, language, content_hash, mode,
            started_at, host, pid, process, variant)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          trainee, scenario.id, scenario.title, scenario.kind.rawValue, scenario.difficulty,
          scenario.language,
          attempt.contentHash, attempt.mode.rawValue, attempt.startedAt, ProcessIdentity.host,
          ProcessIdentity.pid, ProcessIdentity.token, attempt.variant,
        ])
      return db.lastInsertedRowID
    }
  }

  public func recordTurn(_ turn: TurnRecord) throws(StoreError) {
    try writing { db in
      try self.requireOpen(turn.attempt, in: db)
      try db.execute(
        sql: """
          INSERT INTO turn (attempt_id, idx, step, customer, reply, route, score, passed, result, elapsed, hints,
            lookups, recorded_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          turn.attempt, turn.index, turn.step, try JSONCoding.string(turn.customerMessages), turn.reply,
          turn.route,
          turn.score.score, turn.score.passed, try JSONCoding.string(turn.score), turn.elapsed,
          turn.hintsUsed, try JSONCoding.string(turn.lookups),
          turn.recordedAt,
        ])
      try TurnMisses.insert(turn.score, attempt: turn.attempt, index: turn.index, in: db)
    }
  }

  public func finishAttempt(_ id: Int64, with result: AttemptResult) throws(StoreError) {
    try writing { db in
      try self.requireOpen(id, in: db)
      try db.execute(
        sql: """
          UPDATE attempt SET closed = 'finished', finished_at = ?, outcome = ?, score = ?, passed = ?, categories = ?
          WHERE id = ?
          """,
        arguments: [
          result.finishedAt, result.outcome.rawValue, result.score, result.passed,
          try JSONCoding.string(result.categories), id,
        ])
    }
  }

  public func abandonAttempt(_ id: Int64, at date: Date) throws(StoreError) {
    try writing { db in
      try self.requireOpen(id, in: db)
      try db.execute(
        sql: "UPDATE attempt SET closed = 'abandoned', finished_at = ? WHERE id = ?", arguments: [date, id])
    }
  }

  private func requireOpen(_ id: Int64, in db: Database) throws {
    guard let row = try Row.fetchOne(db, sql: "SELECT closed FROM attempt WHERE id = ?", arguments: [id])
    else {
      throw StoreError.unknownAttempt(id)
    }
    if (row["closed"] as String?) != nil { throw StoreError.attemptClosed(id) }
  }

  public func attempt(_ id: Int64) throws(StoreError) -> AttemptRecord {
    try reading { db in
      guard let row = try Row.fetchOne(db, sql: AttemptRow.select + " WHERE a.id = ?", arguments: [id]) else {
        throw StoreError.unknownAttempt(id)
      }
      return try AttemptRow.record(row)
    }
  }

  public func attempts(trainee: String, limit: Int?) throws(StoreError) -> [AttemptRecord] {
    try reading { db in
      let rows = try Row.fetchAll(
        db, sql: AttemptRow.select + " WHERE t.name = ? ORDER BY a.started_at DESC, a.id DESC LIMIT ?",
        arguments: [trainee, limit ?? -1])
      return rows.compactMap(readable)
    }
  }

  /// The attempt a row holds, or `nil` (said on standard error) for a damaged row, so that one bad row
  /// never hides the rest of a history.
  func readable(_ row: Row) -> AttemptRecord? {
    do {
      return try AttemptRow.record(row)
    } catch {
      Self.warn("\(error)")
      return nil
    }
  }

  /// Writes a warning to standard error.
  static func warn(_ message: String) { StoreWarning.standardError("warning: \(message)") }

  public func turns(attempt: Int64) throws(StoreError) -> [TurnRecord] {
    try reading { db in
      try Row.fetchAll(db, sql: "SELECT * FROM turn WHERE attempt_id = ? ORDER BY idx", arguments: [attempt])
        .compactMap { row -> TurnRecord? in
          let id = "\(attempt)/\(row["idx"] as DatabaseValue)"
          if let column = RowCheck.damaged(
            row, required: Self.turnColumns, optional: [("route", String.self)])
          {
            Self.warn(
              StoreError.damagedRow(table: "turn", id: id, detail: "\(column) is damaged").description)
            return nil
          }
          do {
            return TurnRecord(
              attempt: row["attempt_id"], index: row["idx"], step: row["step"],
              customerMessages: try JSONCoding.decode([String].self, row["customer"]), reply: row["reply"],
              route: row["route"], score: try JSONCoding.decode(ReplyScore.self, row["result"]),
              elapsed: row["elapsed"],
              hintsUsed: row["hints"], lookups: try JSONCoding.decode([String].self, row["lookups"]),
              recordedAt: row["recorded_at"])
          } catch {
            Self.warn(
              StoreError.damagedRow(table: "turn", id: id, detail: "its JSON does not read").description)
            return nil
          }
        }
    }
  }

  /// The promotion columns that must hold a value of their type, and those that may be NULL.
  static var promotionColumns: [(String, any DatabaseValueConvertible.Type)] {
    [("level", String.self), ("forced", Bool.self), ("recorded_at", Date.self)]
  }
  static var promotionOptional: [(String, any DatabaseValueConvertible.Type)] {
    [("reviewer", String.self), ("reason", String.self)]
  }

  /// The turn columns that must hold a value of their type.
  static var turnColumns: [(String, any DatabaseValueConvertible.Type)] {
    [
      ("attempt_id", Int64.self), ("idx", Int.self), ("step", String.self), ("customer", String.self),
      ("reply", String.self), ("result", String.self), ("elapsed", Double.self), ("hints", Int.self),
      ("recorded_at", Date.self), ("lookups", String.self),
    ]
  }

  public func trainees() throws(StoreError) -> [String] {
    try reading { db in try String.fetchAll(db, sql: "SELECT name FROM trainee ORDER BY name") }
  }

  public func promotions(trainee: String) throws(StoreError) -> [PromotionRecord] {
    try reading { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT p.* FROM promotion p JOIN trainee t ON t.id = p.trainee_id WHERE t.name = ?
          ORDER BY p.recorded_at, p.id
          """, arguments: [trainee]
      ).filter {
        RowCheck.intact(
          $0, table: "promotion", required: Self.promotionColumns, optional: Self.promotionOptional)
      }
      .map { row in
        PromotionRecord(
          trainee: trainee, level: row["level"], reviewer: row["reviewer"], reason: row["reason"],
          forced: row["forced"], recordedAt: row["recorded_at"])
      }
    }
  }

  public func recordPromotion(_ promotion: PromotionRecord) throws(StoreError) {
    try writing { db in
      let trainee = try Self.traineeID(promotion.trainee, in: db, creating: true)!
      try db.execute(
        sql: """
          INSERT INTO promotion (trainee_id, level, reviewer, reason, forced, recorded_at) VALUES (?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          trainee, promotion.level, promotion.reviewer, promotion.reason, promotion.forced,
          promotion.recordedAt,
        ])
    }
  }

  private static func traineeID(_ name: String, in db: Database, creating: Bool) throws -> Int64? {
    if let id = try Int64.fetchOne(db, sql: "SELECT id FROM trainee WHERE name = ?", arguments: [name]) {
      return id
    }
    guard creating else { return nil }
    try db.execute(sql: "INSERT INTO trainee (name, created_at) VALUES (?, ?)", arguments: [name, Date()])
    return db.lastInsertedRowID
  }
}
