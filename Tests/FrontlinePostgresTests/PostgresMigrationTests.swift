import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineTestSupport
import Testing

@testable import FrontlinePostgres

/// A server written by an earlier Frontline keeps working once `admin init` brings it up to date.
@Suite struct PostgresMigrationTests {
  static let v3 = "v3: missed criteria per turn"

  /// Migration v4 (missed criteria with ids, counted by triggers).
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
      CriterionMisses(
        rubric: nil, criterion: "apologises", description: "Apologises", tip: "Say sorry.", misses: 1,
        scenarios: [ScenarioMisses(scenario: "s", misses: 1)])
    ]
    #expect(try store.missedCriteria(since: nil, until: nil, limit: 10) == expected)
    #expect(try store.missedCriteria(trainee: "Dana", limit: 10) == expected)
    #expect(try store.attempts(trainee: "Dana", limit: nil).count == 1)
  }

  /// Migration v7 (missed criteria by rubric and scenario): misses recorded before, when criteria
  /// were counted by id alone, are no longer merged across scenarios, and each keeps its own text.
  @Test(.enabled(if: TestPostgres.available, Comment(rawValue: TestPostgres.unavailable)))
  func aServerFromV6KeepsEachScenariosCriterionApart() throws {
    let owner = try #require(TestPostgres.address)
    let server = try PostgresLocation(owner)
    let name = "frontline_test_v6_" + UUID().uuidString.prefix(8).lowercased()
    try PostgresAdmin.createDatabase(name, at: server)
    let location = server.database(name)
    defer { TestPostgres.drop(location) }
    let session = PostgresSession(location: location)
    try PostgresSchema.migrate(session, upTo: "v6: the version of the scenario each attempt practised")
    try session.transaction { statements in
      try statements.script(
        """
        INSERT INTO trainee (name, created_at) VALUES ('Dana', now());
        INSERT INTO attempt (trainee_id, scenario, scenario_title, kind, difficulty, language, content_hash, mode,
          started_at, host, pid)
        VALUES (1, 'late', 'Late', 'complaint', 2, 'en', 'h', 'practice', '2026-01-05 10:00:00+00', 'old', 1),
          (1, 'kettle', 'Kettle', 'complaint', 2, 'ja', 'h', 'practice', '2026-01-06 10:00:00+00', 'old', 1);
        INSERT INTO turn_miss (attempt_id, idx, criterion, description, tip) VALUES
          (1, 0, 'uses-name', 'Addresses him by name', 'Hi Daniel'),
          (1, 1, 'uses-name', 'Addresses him by name', 'Use his name: Hi Daniel'),
          (2, 0, 'uses-name', 'お名前でお呼びする', '佐藤様');
        """)
    }
    try PostgresAdmin.initialise(location)
    let store = try PostgresStore(location: location)
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
