import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlinePostgres
import FrontlineTestSupport
import PostgresNIO
import Testing

@testable import FrontlinePostgres

/// The server, not only Frontline, decides what each login may do.
@Suite(.enabled(if: TestPostgres.available, Comment(rawValue: TestPostgres.unavailable)))
struct PostgresRoleTests {
  /// A database with two trainees and a lead, each with their own connection.
  struct Team {
    let location: PostgresLocation
    let dana: String
    let sam: String
    let lee: String

    init() throws {
      location = try TestPostgres.newDatabase()
      dana = TestPostgres.uniqueLogin("dana")
      sam = TestPostgres.uniqueLogin("sam")
      lee = TestPostgres.uniqueLogin("lee")
      try PostgresAdmin.addLogin(dana, role: .trainee, password: "dana-secret", at: location)
      try PostgresAdmin.addLogin(sam, role: .trainee, password: "sam-secret", at: location)
      try PostgresAdmin.addLogin(lee, role: .lead, password: "lee-secret", at: location)
    }

    /// Where `login` signs in, with its password ("dana-secret" for "dana_…").
    func location(as login: String) -> PostgresLocation {
      location.login(login, password: login.prefix(while: { $0 != "_" }) + "-secret")
    }

    func store(_ login: String) throws -> PostgresStore {
      try PostgresStore(location: location(as: login))
    }

    /// Runs SQL by hand as `login`.
    func execute(_ sql: String, as login: String) throws {
      try PostgresSession(location: location(as: login)).transaction {
        try $0.execute(PostgresQuery(unsafeSQL: sql))
      }
    }
  }

  @Test func traineesKeepToTheirOwnHistoryAndLeadsReviewIt() throws {
    let team = try Team()
    defer { TestPostgres.drop(team.location) }
    let dana = try team.store(team.dana)
    let sam = try team.store(team.sam)
    let lee = try team.store(team.lee)
    let scenario = SyntheticHistory.scenario()
    let danas = try SyntheticHistory.writeAttempt(
      to: dana, trainee: team.dana, scenario: scenario, turns: 2, seed: 2)
    let sams = try SyntheticHistory.writeAttempt(
      to: sam, trainee: team.sam, scenario: scenario, turns: 1, seed: 0)

    // A trainee sees only their own history.
    #expect(try dana.trainees() == [team.dana])
    #expect(try dana.attempts(trainee: team.sam, limit: nil).isEmpty)
    #expect(throws: StoreError.unknownAttempt(sams)) { try dana.attempt(sams) }
    #expect(try dana.attempts(trainee: team.dana, limit: nil).map(\.id) == [danas])

    // ... records only under their own name ...
    #expect(throws: StoreError.self) {
      try dana.startAttempt(
        NewAttempt(trainee: team.sam, scenario: scenario, contentHash: "h", mode: .practice))
    }
    // ... may dispute their own attempt, but never review or override it.
    try dana.recordDispute(attempt: danas, reason: "I did apologise", at: Date())
    do {
      try dana.recordReview(
        ReviewRecord(attempt: danas, reviewer: team.dana, passedOverride: true, reason: "mine was fine"))
      Issue.record("a trainee's override was accepted")
    } catch {
      guard case .refused(let message, let cause) = error else {
        Issue.record("expected a refusal, got \(error)")
        return
      }
      #expect(message.contains("permission denied for table review"))
      // The server's own account is kept for logs: the SQLSTATE, outside the message.
      #expect(cause?.engine == "PostgreSQL")
      #expect(cause?.code == "42501")
      #expect(!message.contains("42501"))
      #expect(message.contains("team leaders record reviews, overrides and promotions"))
    }
    // Levels reached on one's own are recorded; approvals are not a trainee's to give.
    try dana.recordPromotion(PromotionRecord(trainee: team.dana, level: "agent"))
    #expect(throws: StoreError.self) {
      try dana.recordPromotion(
        PromotionRecord(trainee: team.dana, level: "director", reviewer: team.dana, reason: "x", forced: true)
      )
    }

    // A lead reads everyone and records reviews and promotions in their own name.
    #expect(Set(try lee.trainees()) == [team.dana, team.sam])
    let disputes = try lee.disputes(attempt: nil)
    #expect(disputes.map(\.attempt) == [danas])
    try lee.recordReview(
      ReviewRecord(
        attempt: danas, reviewer: team.lee, categoryOverrides: ["empathy": 90], passedOverride: true,
        reason: "the apology was there", dispute: disputes[0].id, decision: .accepted))
    #expect(throws: StoreError.self) {
      try lee.recordReview(ReviewRecord(attempt: danas, reviewer: "someone-else", note: "x"))
    }
    try lee.recordPromotion(
      PromotionRecord(trainee: team.sam, level: "agent", reviewer: team.lee, reason: "ready"))
    // The trainee sees the override of their own attempt.
    #expect(try dana.attempt(danas).overridden)
    #expect(try dana.attempt(danas).passed == true)

    // SQL by hand meets the same walls.
    #expect(throws: (any Error).self) { try team.execute("DELETE FROM attempt", as: team.dana) }
    #expect(throws: (any Error).self) { try team.execute("UPDATE attempt SET score = 100", as: team.dana) }
    #expect(throws: (any Error).self) { try team.execute("UPDATE review SET reason = 'x'", as: team.lee) }
    #expect(throws: (any Error).self) { try team.execute("DELETE FROM review", as: team.lee) }
    #expect(throws: (any Error).self) {
      try team.execute(
        "INSERT INTO review (attempt_id, reviewer, recorded_at) VALUES (1, current_user, now())", as: team.sam
      )
    }
    #expect(try lee.attempt(danas).originalPassed == false)
  }

  @Test func aWrongPasswordOrAnUnpreparedDatabaseIsExplained() throws {
    let team = try Team()
    defer { TestPostgres.drop(team.location) }
    do {
      _ = try PostgresStore(location: team.location.login(team.dana, password: "wrong"))
      Issue.record("a wrong password was accepted")
    } catch {
      #expect(error.description.contains("password authentication failed"))
      #expect(error.description.contains("PGPASSWORD"))
    }
    let server = try PostgresLocation(try #require(TestPostgres.address))
    do {
      _ = try PostgresStore(location: server)
      Issue.record("a database without the schema was accepted")
    } catch {
      #expect(error.description.contains("frontline admin init"))
    }
  }

  @Test func aDatabaseFromANewerFrontlineIsRefusedUnchanged() throws {
    let location = try TestPostgres.newDatabase()
    defer { TestPostgres.drop(location) }
    let session = PostgresSession(location: location)
    try session.transaction {
      try $0.execute("INSERT INTO frontline_migration (id) VALUES ('v9: from the future')")
    }
    #expect(throws: StoreError.newerSchema(path: location.description, unknown: ["v9: from the future"])) {
      try PostgresStore(location: location)
    }
    #expect(throws: StoreError.newerSchema(path: location.description, unknown: ["v9: from the future"])) {
      try PostgresAdmin.initialise(location)
    }
  }
}
