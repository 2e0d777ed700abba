import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineTestSupport
import GRDB
import Testing

@testable import FrontlineSQLite

@Suite struct SQLiteStoreTests {
  @Test func createsTheSchemaFromEmptyAndReopensIt() throws {
    let (path, folder) = try TestSQLite.temporaryDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try SQLiteStore(path: path)
    let tables = try DatabaseQueue(path: path).read {
      try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    }
    #expect(tables.contains("attempt") && tables.contains("turn") && tables.contains("promotion"))
    let journal = try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
    #expect(journal == "wal")
    let store = try SQLiteStore(path: path)
    try SyntheticHistory.writeAttempt(
      to: store, trainee: "Dana", scenario: SyntheticHistory.scenario(), turns: 1, seed: 0)
    #expect(try SQLiteStore(path: path).attempts(trainee: "Dana", limit: nil).count == 1)
  }

  @Test func refusesADatabaseFromANewerFrontlineWithoutChangingIt() throws {
    let (path, folder) = try TestSQLite.temporaryDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try SQLiteStore(path: path)
    try DatabaseQueue(path: path).write {
      try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9: from the future')")
    }
    let before = try DatabaseQueue(path: path).read {
      try Row.fetchAll($0, sql: "SELECT * FROM grdb_migrations")
    }
    #expect(throws: StoreError.newerSchema(path: path, unknown: ["v9: from the future"])) {
      _ = try SQLiteStore(path: path)
    }
    let after = try DatabaseQueue(path: path).read {
      try Row.fetchAll($0, sql: "SELECT * FROM grdb_migrations")
    }
    #expect(before == after)
  }

  @Test func explainsAnUnopenableDatabase() throws {
    let (_, folder) = try TestSQLite.temporaryDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    let garbage = folder.appendingPathComponent("garbage.sqlite")
    try Data(repeating: 0x41, count: 4096).write(to: garbage)
    #expect {
      _ = try SQLiteStore(path: garbage.path)
    } throws: { error in
      guard case .cannotOpen(let path, _, _) = error as? StoreError else { return false }
      return path == garbage.path
    }
  }

  @Test func usesTheXDGDataDirectory() {
    #expect(
      SQLiteStore.defaultPath(environment: ["XDG_DATA_HOME": "/data"]) == "/data/frontline/frontline.sqlite")
    #expect(SQLiteStore.defaultPath(environment: [:]).hasSuffix("/.local/share/frontline/frontline.sqlite"))
  }

  @Test func anEngineErrorKeepsItsCauseBehindAPlainMessage() throws {
    let (path, folder) = try TestSQLite.temporaryDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try SQLiteStore(path: path)
    let id = try store.startAttempt(
      NewAttempt(trainee: "Dana", scenario: SyntheticHistory.scenario(), contentHash: "h", mode: .practice))
    let turn = TurnRecord(
      attempt: id, index: 0, step: "opening", customerMessages: ["Hello"], reply: "Sorry.", route: nil,
      score: SyntheticHistory.scorecard.score("Sorry."), elapsed: 1, hintsUsed: 0)
    try store.recordTurn(turn)
    do {
      try store.recordTurn(turn)
      Issue.record("the same turn was recorded twice")
    } catch {
      #expect(error.description.hasPrefix("the progress database reported: UNIQUE constraint failed"))
      #expect(error.cause?.engine == "SQLite")
      // SQLITE_CONSTRAINT_PRIMARYKEY
      #expect(error.cause?.code == "1555")
      #expect(error.cause?.detail.contains("INSERT INTO turn") == true)
    }
  }
}

/// Opening never writes to a file it refuses, and processes creating one new file at once all get it.
@Suite struct SQLiteOpeningTests {
  /// A database as a newer Frontline left it: WAL mode, closed cleanly, with a migration this build
  /// does not know.
  private func newerDatabase() throws -> (path: String, folder: URL) {
    let (path, folder) = try TestSQLite.temporaryDatabase()
    _ = try SQLiteStore(path: path)
    let queue = try DatabaseQueue(path: path)
    try queue.write {
      try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9: from the future')")
    }
    try queue.close()
    return (path, folder)
  }

  @Test func aNewerDatabaseIsRefusedByteForByteUnchanged() throws {
    let (path, folder) = try newerDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(throws: StoreError.newerSchema(path: path, unknown: ["v9: from the future"])) {
      _ = try SQLiteStore(path: path)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
  }

  @Test func aCommandThatOnlyReadsOpensTheFileReadOnly() throws {
    let (path, folder) = try TestSQLite.temporaryDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    try SyntheticHistory.writeAttempt(
      to: try SQLiteStore(path: path), trainee: "Dana", scenario: SyntheticHistory.scenario(), turns: 1,
      seed: 0)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let reader = try SQLiteStore(path: path, readOnly: true)
    #expect(try reader.attempts(trainee: "Dana", limit: nil).count == 1)
    #expect(throws: StoreError.self) {
      _ = try reader.startAttempt(
        NewAttempt(trainee: "Dana", scenario: SyntheticHistory.scenario(), contentHash: "h", mode: .practice))
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
  }

  @Test func aFileFromAnOlderFrontlineIsBroughtUpToDateEvenByAReader() throws {
    let (path, folder) = try TestSQLite.temporaryDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    let queue = try DatabaseQueue(path: path)
    try SQLiteSchema.migrator.migrate(queue, upTo: "v4: missed criteria with ids, counted by triggers")
    try queue.close()
    _ = try SQLiteStore(path: path, readOnly: true)
    let complete = try DatabaseQueue(path: path).read { try SQLiteSchema.migrator.hasCompletedMigrations($0) }
    #expect(complete)
  }

  @Test func aFileThatIsNotADatabaseIsRefusedUnchanged() throws {
    let (path, folder) = try TestSQLite.temporaryDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    let garbage = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
    try garbage.write(to: URL(fileURLWithPath: path))
    #expect(throws: StoreError.self) { _ = try SQLiteStore(path: path) }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == garbage)
  }

  @Test func manyOpeningANewFileAtOnceAllSucceed() throws {
    for _ in 0..<5 {
      let (path, folder) = try TestSQLite.temporaryDatabase()
      defer { try? FileManager.default.removeItem(at: folder) }
      let failures = Locked<[String]>([])
      DispatchQueue.concurrentPerform(iterations: 16) { _ in
        do { _ = try SQLiteStore(path: path) } catch { failures.update { $0.append("\(error)") } }
      }
      #expect(failures.current == [])
      let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
        $0.hasSuffix(".new") || $0.contains(".new-")
      }
      #expect(leftovers == [])
      #expect(try SQLiteStore(path: path).trainees() == [])
    }
  }
}

/// A row edited by hand or damaged is reported with its table and id; the rest is served.
@Suite struct DamagedRowTests {
  @Test(arguments: [
    "started_at = 'yesterday'", "difficulty = 'hard'", "score = 'high'", "passed = 'maybe'",
  ])
  func oneDamagedAttemptLeavesTheRestReadable(damage: String) throws {
    let (path, folder) = try TestSQLite.temporaryDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try SQLiteStore(path: path)
    for seed in 0..<3 {
      try SyntheticHistory.writeAttempt(
        to: store, trainee: "Dana", scenario: SyntheticHistory.scenario(), turns: 1, seed: seed)
    }
    try store.execute("DROP TRIGGER attempt_closed_is_final; UPDATE attempt SET \(damage) WHERE id = 2")
    #expect(try store.attempts(trainee: "Dana", limit: nil).map(\.id) == [3, 1])
    #expect(try store.reportAttempts(categories: ["empathy"]).map(\.id).contains(2) == false)
    #expect {
      try store.attempt(2)
    } throws: { error in
      guard case .damagedRow(let table, let id, _)? = error as? StoreError else { return false }
      return table == "attempt" && id == "2"
    }
  }

  @Test func aPidNoProcessCanHaveShowsAsInterrupted() throws {
    let (path, folder) = try TestSQLite.temporaryDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try SQLiteStore(path: path)
    let id = try store.startAttempt(
      NewAttempt(trainee: "Dana", scenario: SyntheticHistory.scenario(), contentHash: "h", mode: .practice))
    try store.execute("UPDATE attempt SET pid = 99999999999, process = NULL WHERE id = \(id)")
    #expect(try store.attempt(id).status == .interrupted)
  }

  @Test func anyNumberAReportShowsIsText() {
    #expect(ReportNumber.format(1e308) == "1e+308")
    #expect(ReportNumber.format(.infinity) == "inf")
    #expect(ReportNumber.format(.nan) == "nan")
    #expect(ReportNumber.format(72.5) == "72.5")
    #expect(ReportNumber.format(80) == "80")
    #expect(ReportNumber.whole(.nan) == nil)
  }
}

/// A damaged turn leaves the rest of the transcript readable.
@Suite struct DamagedTurnTests {
  @Test(arguments: ["idx = 'first'", "recorded_at = 'yesterday'", "result = '{'"])
  func aDamagedTurnIsLeftOutOfTheTranscript(damage: String) throws {
    let (path, folder) = try TestSQLite.temporaryDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try SQLiteStore(path: path)
    let id = try SyntheticHistory.writeAttempt(
      to: store, trainee: "Dana", scenario: SyntheticHistory.scenario(), turns: 3, seed: 0)
    try store.execute("DROP TRIGGER turn_is_final; UPDATE turn SET \(damage) WHERE idx = 1")
    #expect(try store.turns(attempt: id).count == 2)
  }
}

/// Damaged reviews, disputes and promotions are left out and said so; the others are served.
@Suite struct DamagedRecordTests {
  @Test func damagedReviewsDisputesAndPromotionsAreLeftOut() throws {
    let (path, folder) = try TestSQLite.temporaryDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try SQLiteStore(path: path)
    try store.addLead("Lee")
    let id = try SyntheticHistory.writeAttempt(
      to: store, trainee: "Dana", scenario: SyntheticHistory.scenario(), turns: 1, seed: 0)
    for note in ["first", "second"] {
      try store.recordReview(ReviewRecord(attempt: id, reviewer: "Lee", note: note))
    }
    for reason in ["one", "two"] { try store.recordDispute(attempt: id, reason: reason, at: Date()) }
    for level in ["agent", "senior-agent"] {
      try store.recordPromotion(PromotionRecord(trainee: "Dana", level: level))
    }
    try store.execute(
      """
      DROP TRIGGER review_is_final; DROP TRIGGER dispute_is_final; DROP TRIGGER promotion_is_final;
      UPDATE review SET recorded_at = 'yesterday' WHERE id = 1;
      UPDATE dispute SET recorded_at = 'yesterday' WHERE id = 1;
      UPDATE promotion SET forced = 'perhaps' WHERE id = 1;
      """)
    #expect(try store.reviews(attempt: id).map(\.note) == ["second"])
    #expect(try store.disputes(attempt: id).map(\.reason) == ["two"])
    #expect(try store.promotions(trainee: "Dana").map(\.level) == ["senior-agent"])
    #expect(try store.allPromotions()["Dana"]?.map(\.level) == ["senior-agent"])
  }
}
