import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineTestSupport
import GRDB
import Testing

@testable import FrontlineSQLite

/// A database written by an earlier Frontline keeps working: its schema is brought up to date when
/// it is opened.
@Suite struct SQLiteMigrationTests {
  @Test func migratesADatabaseFromTheFirstSchema() throws {
    let (path, folder) = try TestSQLite.temporaryDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    let queue = try DatabaseQueue(path: path)
    try SQLiteSchema.migrator.migrate(queue, upTo: "v1: trainees, attempts, turns, promotions")
    try queue.write { db in
      try db.execute(sql: "INSERT INTO trainee (name, created_at) VALUES ('Dana', '2026-01-01 00:00:00')")
      try db.execute(
        sql: """
          INSERT INTO attempt (trainee_id, scenario, scenario_title, kind, difficulty, language, content_hash, mode,
            started_at, host, pid, closed, finished_at, outcome, score, passed, categories)
          VALUES (1, 's', 'S', 'complaint', 2, 'en', 'h', 'practice', '2026-01-01 00:00:00', 'old', 1, 'finished',
            '2026-01-01 00:05:00', 'resolved', 75, 1, '{"empathy":75}')
          """)
    }
    try queue.close()
    let store = try SQLiteStore(path: path)
    let attempt = try #require(try store.attempts(trainee: "Dana", limit: nil).first)
    #expect(attempt.score == 75)
    #expect(attempt.categories["empathy"] == 75)
    try store.addLead("Lee")
    try store.recordReview(ReviewRecord(attempt: attempt.id, reviewer: "Lee", note: "fine"))
    #expect(try store.reviews(attempt: attempt.id).count == 1)
  }

  static let v3 = "v3: missed criteria per turn"

  /// Migration v5 (leads): whoever reviewed or approved in a file before keeps doing so; nobody else.
  @Test func reviewersOfAnOlderFileBecomeItsLeads() throws {
    let (path, folder) = try TestSQLite.temporaryDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    let queue = try DatabaseQueue(path: path)
    try SQLiteSchema.migrator.migrate(queue, upTo: "v4: missed criteria with ids, counted by triggers")
    try queue.write { db in
      try db.execute(
        sql: """
          INSERT INTO trainee (name, created_at) VALUES ('Dana', '2026-01-01 00:00:00');
          INSERT INTO attempt (trainee_id, scenario, scenario_title, kind, difficulty, language, content_hash, mode,
            started_at, host, pid, closed, finished_at, outcome, score, passed, categories)
          VALUES (1, 's', 'S', 'complaint', 2, 'en', 'h', 'practice', '2026-01-01 00:00:00', 'old', 1, NULL,
            NULL, NULL, NULL, NULL, '{"empathy":75}');
          INSERT INTO turn (attempt_id, idx, step, customer, reply, route, score, passed, result, elapsed, hints,
            recorded_at)
          VALUES (1, 0, 'a', '[]', 'hi', NULL, 75, 1, '{"score": 75, "passed": true, "passMark": 70, "categories": {},
            "categoryOrder": [], "criticalFailures": [], "criteria": [], "notes": []}', 3, 0, '2026-01-01 00:01:00');
          UPDATE attempt SET closed = 'finished', finished_at = '2026-01-01 00:05:00', outcome = 'resolved',
            score = 75, passed = 1 WHERE id = 1;
          INSERT INTO review (attempt_id, reviewer, recorded_at) VALUES (1, 'Lee', '2026-01-02 00:00:00');
          INSERT INTO promotion (trainee_id, level, reviewer, forced, recorded_at)
            VALUES (1, 'agent', 'Kim', 1, '2026-01-03 00:00:00');
          """)
    }
    try queue.close()
    let store = try SQLiteStore(path: path)
    #expect(try store.leads() == ["Kim", "Lee"])
    #expect(try store.turns(attempt: 1).first?.lookups == [])
    try store.recordReview(ReviewRecord(attempt: 1, reviewer: "Kim", note: "agreed"))
    #expect(throws: StoreError.self) {
      try store.recordReview(ReviewRecord(attempt: 1, reviewer: "Sam", note: "me too"))
    }
  }

  /// Migration v4 (missed criteria with ids, counted by triggers).
  @Test func aSQLiteHistoryFromV3KeepsItsMissesAndGivesThemTheirRowids() throws {
    let (path, folder) = try TestSQLite.temporaryDatabase()
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
      CriterionMisses(
        rubric: nil, criterion: "apologises", description: "Apologises", tip: "Say sorry.", misses: 2,
        scenarios: [ScenarioMisses(scenario: "s", misses: 2)]),
      CriterionMisses(
        rubric: nil, criterion: "refund", description: "Offers a refund", tip: nil, misses: 1,
        scenarios: [ScenarioMisses(scenario: "s", misses: 1)]),
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

  /// Migration v7 (missed criteria by rubric and scenario): misses recorded before, when criteria
  /// were counted by id alone, are no longer merged across scenarios, and each keeps its own text.
  @Test func aSQLiteHistoryFromV6KeepsEachScenariosCriterionApart() throws {
    let (path, folder) = try TestSQLite.temporaryDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    let queue = try DatabaseQueue(path: path)
    try SQLiteSchema.migrator.migrate(queue, upTo: "v6: the version of the scenario each attempt practised")
    try queue.write { db in
      try db.execute(
        sql: """
          INSERT INTO trainee (name, created_at) VALUES ('Dana', '2026-01-01 00:00:00');
          INSERT INTO attempt (trainee_id, scenario, scenario_title, kind, difficulty, language, content_hash, mode,
            started_at, host, pid, closed, finished_at, outcome, score, passed, categories)
          VALUES (1, 'late', 'Late', 'complaint', 2, 'en', 'h', 'practice', '2026-01-05 10:00:00.000', 'old', 1,
            'finished', '2026-01-05 10:05:00.000', 'lost', 40, 0, '{"empathy":40}'),
            (1, 'kettle', 'Kettle', 'complaint', 2, 'ja', 'h', 'practice', '2026-01-06 10:00:00.000', 'old', 1,
            'finished', '2026-01-06 10:05:00.000', 'lost', 40, 0, '{"empathy":40}');
          INSERT INTO turn_miss (attempt_id, idx, criterion, description, tip) VALUES
            (1, 0, 'uses-name', 'Addresses him by name', 'Hi Daniel'),
            (1, 1, 'uses-name', 'Addresses him by name', 'Use his name: Hi Daniel'),
            (2, 0, 'uses-name', 'お名前でお呼びする', '佐藤様');
          """)
    }
    // As v6 counted them: one criterion, with one text for all three.
    #expect(
      try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM criterion_text") } == 1)
    try queue.close()

    let store = try SQLiteStore(path: path)
    let expected = [
      CriterionMisses(
        rubric: nil, criterion: "uses-name", description: "Addresses him by name",
        tip: "Use his name: Hi Daniel", misses: 2,
        scenarios: [ScenarioMisses(scenario: "late", misses: 2)]),
      CriterionMisses(
        rubric: nil, criterion: "uses-name", description: "お名前でお呼びする", tip: "佐藤様", misses: 1,
        scenarios: [ScenarioMisses(scenario: "kettle", misses: 1)]),
    ]
    #expect(try store.missedCriteria(since: nil, until: nil, limit: 10) == expected)
    #expect(try store.missedCriteria(trainee: "Dana", limit: 10) == expected)
  }
}
