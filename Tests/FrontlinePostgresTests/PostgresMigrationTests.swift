import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineTestSupport
import GRDB
import PostgresNIO
import Testing

@testable import FrontlinePostgres
@testable import FrontlineSQLite

/// Migration v4 (missed criteria with ids, counted by triggers) keeps a database written before it
/// working, on both backends.
@Suite struct MissMigrationTests {
  static let v3 = "v3: missed criteria per turn"

  @Test func aSQLiteHistoryFromV3KeepsItsMissesAndGivesThemTheirRowids() throws {
    let (path, folder) = try StoreFixtures.temporaryDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    let queue = try DatabaseQueue(path: path)
    try SQLiteSchema.migrator.migrate(queue, upTo: Self.v3)
    // A finished attempt with two turns, as v3 wrote it: the misses, and their counts by hand.
    try queue.write { db in
      try db.execute(sql: "INSERT INTO trainee (name, created_at) VALUES ('Dana', '2026-01-01 00:00:00')")
      try db.execute(
        sql: """
          INSERT INTO attempt (trainee_id, scenario, scenario_title, kind, difficulty, language, content_hash, mode,
            started_at, host, pid, closed, finished_at, outcome, score, passed, categories)
          VALUES (1, 's', 'S', 'complaint', 2, 'en', 'h', 'practice', '2026-01-05 10:00:00.000', 'old', 1, 'finished',
            '2026-01-05 10:05:00.000', 'lost', 40, 0, '{"empathy":40}');
          INSERT INTO turn_miss (attempt_id, idx, criterion, description, tip) VALUES
            (1, 0, 'apologises', 'Apologises', 'Say sorry.'), (1, 1, 'apologises', 'Apologises', 'Say sorry.'),
            (1, 1, 'refund', 'Offers a refund', NULL);
          INSERT INTO miss_daily (day, criterion, misses) VALUES ('2026-01-05', 'apologises', 2),
            ('2026-01-05', 'refund', 1);
          INSERT INTO criterion_text (criterion, description, tip) VALUES ('apologises', 'Apologises', 'Say sorry.'),
            ('refund', 'Offers a refund', NULL);
          """)
    }
    try queue.close()

    let store = try SQLiteStore(path: path)
    let expected = [
      CriterionMisses(criterion: "apologises", description: "Apologises", tip: "Say sorry.", misses: 2),
      CriterionMisses(criterion: "refund", description: "Offers a refund", tip: nil, misses: 1),
    ]
    #expect(try store.missedCriteria(since: nil, until: nil, limit: 10) == expected)
    #expect(try store.missedCriteria(trainee: "Dana", limit: 10) == expected)
    // Each miss has an id: its old rowid, as a copy to a server made before would have it.
    let table = try #require(PortableHistory.tables.first { $0.name == "turn_miss" })
    var ids: [PortableHistory.Value] = []
    try store.forEachBatch(of: table, size: 10) { rows in ids += rows.map { $0[0] } }
    #expect(ids == [.integer(1), .integer(2), .integer(3)])
    // New misses are counted by the trigger, on top of the old counts.
    try SyntheticHistory.writeAttempt(
      to: store, trainee: "Dana", scenario: SyntheticHistory.scenario(), turns: 1, seed: 3,
      startedAt: Date(timeIntervalSince1970: 1_790_000_000))
    let after = try store.missedCriteria(since: nil, until: nil, limit: 10)
    #expect(after == (try store.missedCriteria(trainee: nil, scenario: nil, limit: 10)))
    #expect(after.map(\.misses).reduce(0, +) > 3)
  }

  @Test(.enabled(if: TestPostgres.available, Comment(rawValue: TestPostgres.unavailable)))
  func aServerFromV3IsBroughtUpToDateByAdminInit() throws {
    let owner = try #require(TestPostgres.address)
    let server = try PostgresLocation(owner)
    let name = "frontline_test_v3_" + UUID().uuidString.prefix(8).lowercased()
    try PostgresAdmin.createDatabase(name, at: server)
    let location = server.database(name)
    defer { TestPostgres.drop(location) }
    let session = PostgresSession(location: location)
    try PostgresSchema.migrate(session, upTo: Self.v3)
    try session.transaction { statements in
      try statements.script(
        """
        INSERT INTO trainee (name, created_at) VALUES ('Dana', now());
        INSERT INTO attempt (trainee_id, scenario, scenario_title, kind, difficulty, language, content_hash, mode,
          started_at, host, pid)
        VALUES (1, 's', 'S', 'complaint', 2, 'en', 'h', 'practice', '2026-01-05 10:00:00+00', 'old', 1);
        INSERT INTO turn_miss (attempt_id, idx, criterion, description, tip)
        VALUES (1, 0, 'apologises', 'Apologises', 'Say sorry.');
        """)
    }
    // A v3 server is refused until an administrator brings it up to date ...
    #expect {
      _ = try PostgresStore(location: location)
    } throws: { error in
      (error as? StoreError)?.description.contains("its schema is older than this Frontline") == true
    }
    try PostgresAdmin.initialise(location)
    // ... and then keeps its history and its counts.
    let store = try PostgresStore(location: location)
    let expected = [
      CriterionMisses(criterion: "apologises", description: "Apologises", tip: "Say sorry.", misses: 1)
    ]
    #expect(try store.missedCriteria(since: nil, until: nil, limit: 10) == expected)
    #expect(try store.missedCriteria(trainee: "Dana", limit: 10) == expected)
    #expect(try store.attempts(trainee: "Dana", limit: nil).count == 1)
  }
}
