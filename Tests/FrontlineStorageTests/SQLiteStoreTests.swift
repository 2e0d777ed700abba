import Foundation
import FrontlineModel
import FrontlineStorage
import FrontlineTestSupport
import GRDB
import Testing

@Suite struct SQLiteStoreTests {
  @Test func keepsAttemptsTurnsAndPromotions() throws {
    let (path, folder) = try StoreFixtures.temporaryDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try SQLiteStore(path: path)
    let scenario = SyntheticHistory.scenario(kind: .escalation, difficulty: 3)
    let id = try SyntheticHistory.writeAttempt(
      to: store, trainee: "佐藤 花子", scenario: scenario, turns: 4, seed: 0)
    let attempt = try store.attempt(id)
    #expect(attempt.trainee == "佐藤 花子")
    #expect(attempt.status == .finished)
    #expect(attempt.kind == .escalation)
    #expect(attempt.difficulty == 3)
    #expect(attempt.turnCount == 4)
    #expect(attempt.score != nil)
    let turns = try store.turns(attempt: id)
    #expect(turns.map(\.index) == [0, 1, 2, 3])
    #expect(turns[0].score.criteria.count == 3)
    #expect(turns[0].reply == SyntheticHistory.replies[0])
    try store.recordPromotion(PromotionRecord(trainee: "佐藤 花子", level: "agent", reviewer: "Lee"))
    #expect(try store.promotions(trainee: "佐藤 花子").map(\.level) == ["agent"])
    #expect(try store.trainees() == ["佐藤 花子"])
  }

  @Test func listsAttemptsNewestFirstWithEveryStatus() throws {
    let (path, folder) = try StoreFixtures.temporaryDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try SQLiteStore(path: path)
    let scenario = SyntheticHistory.scenario()
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    try SyntheticHistory.writeAttempt(
      to: store, trainee: "Dana", scenario: scenario, turns: 1, seed: 0, startedAt: start)
    let abandoned = try store.startAttempt(
      NewAttempt(trainee: "Dana", scenario: scenario, contentHash: "h", mode: .exam, startedAt: start + 60))
    try store.abandonAttempt(abandoned, at: start + 90)
    let open = try store.startAttempt(
      NewAttempt(
        trainee: "Dana", scenario: scenario, contentHash: "h", mode: .practice, startedAt: start + 120))
    let attempts = try store.attempts(trainee: "Dana", limit: nil)
    #expect(attempts.map(\.status) == [.inProgress, .abandoned, .finished])
    #expect(attempts.map(\.id).first == open)
    #expect(try store.attempts(trainee: "Dana", limit: 2).count == 2)
    #expect(try store.attempts(trainee: "Nobody", limit: nil).isEmpty)
  }

  @Test func neverChangesAFinishedAttempt() throws {
    let (path, folder) = try StoreFixtures.temporaryDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try SQLiteStore(path: path)
    let id = try SyntheticHistory.writeAttempt(
      to: store, trainee: "Dana", scenario: SyntheticHistory.scenario(), turns: 2, seed: 0)
    let before = try store.attempt(id)
    let result = AttemptResult(outcome: .resolved, score: 100, passed: true, categories: [:])
    #expect(throws: StoreError.attemptClosed(id)) { try store.finishAttempt(id, with: result) }
    #expect(throws: StoreError.attemptClosed(id)) { try store.abandonAttempt(id, at: Date()) }
    let turn = try store.turns(attempt: id)[0]
    var extra = turn
    extra.index = 9
    #expect(throws: StoreError.attemptClosed(id)) { try store.recordTurn(extra) }
    #expect(throws: StoreError.unknownAttempt(999)) { try store.attempt(999) }
    // Even SQL written by hand is refused by the database itself.
    let queue = try DatabaseQueue(path: path)
    #expect(throws: DatabaseError.self) {
      try queue.write { try $0.execute(sql: "UPDATE attempt SET score = 0") }
    }
    #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "DELETE FROM attempt") } }
    #expect(throws: DatabaseError.self) {
      try queue.write { try $0.execute(sql: "UPDATE turn SET reply = 'x'") }
    }
    #expect(try store.attempt(id) == before)
    #expect(try store.turns(attempt: id).count == 2)
  }

  @Test func createsTheSchemaFromEmptyAndReopensIt() throws {
    let (path, folder) = try StoreFixtures.temporaryDatabase()
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
    let (path, folder) = try StoreFixtures.temporaryDatabase()
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
    let (_, folder) = try StoreFixtures.temporaryDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    let garbage = folder.appendingPathComponent("garbage.sqlite")
    try Data(repeating: 0x41, count: 4096).write(to: garbage)
    #expect {
      _ = try SQLiteStore(path: garbage.path)
    } throws: { error in
      guard case .cannotOpen(let path, _) = error as? StoreError else { return false }
      return path == garbage.path
    }
  }

  @Test func usesTheXDGDataDirectory() {
    #expect(
      SQLiteStore.defaultPath(environment: ["XDG_DATA_HOME": "/data"]) == "/data/frontline/frontline.sqlite")
    #expect(SQLiteStore.defaultPath(environment: [:]).hasSuffix("/.local/share/frontline/frontline.sqlite"))
  }
}
