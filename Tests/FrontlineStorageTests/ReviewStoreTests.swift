import Foundation
import FrontlineModel
import FrontlineTestSupport
import GRDB
import Testing

@testable import FrontlineStorage

@Suite struct ReviewStoreTests {
  @Test func anOverrideIsANewRecordAndTheOriginalStays() throws {
    let (path, folder) = try StoreFixtures.temporaryDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try SQLiteStore(path: path)
    let id = try SyntheticHistory.writeAttempt(
      to: store, trainee: "Dana", scenario: SyntheticHistory.scenario(), turns: 1, seed: 3)  // "Please wait."
    let before = try store.attempt(id)
    #expect(before.passed == false)
    try store.recordReview(
      ReviewRecord(
        attempt: id, reviewer: "Lee", categoryOverrides: ["empathy": 90, "accuracy": 80],
        passedOverride: true,
        reason: "the customer was satisfied"))
    let after = try store.attempt(id)
    #expect(after.overridden)
    #expect(after.passed == true)
    #expect(after.categories["empathy"] == 90)
    #expect(after.originalPassed == false)
    #expect(after.originalScore == before.score)
    #expect(after.originalCategories == before.categories)
    #expect(after.score == ((90 + 80 + (before.categories["routing"]! ?? 0)) / 3 * 10).rounded() / 10)
    let reviews = try store.reviews(attempt: id)
    #expect(reviews.map(\.reviewer) == ["Lee"])
    #expect(reviews[0].categoryOverrides == ["empathy": 90, "accuracy": 80])
    // A later note without overrides leaves the effective result as the last override made it.
    try store.recordReview(ReviewRecord(attempt: id, reviewer: "Kim", note: "agreed"))
    #expect(try store.attempt(id).passed == true)
    let queue = try DatabaseQueue(path: path)
    #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "DELETE FROM review") } }
  }

  @Test func disputesAreOpenUntilSettled() throws {
    let (path, folder) = try StoreFixtures.temporaryDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try SQLiteStore(path: path)
    let id = try SyntheticHistory.writeAttempt(
      to: store, trainee: "Dana", scenario: SyntheticHistory.scenario(), turns: 1, seed: 3, mode: .exam)
    #expect(try store.unreviewedFailedExams().map(\.id) == [id])
    let dispute = try store.recordDispute(attempt: id, reason: "my apology was there", at: Date())
    #expect(try store.disputes(attempt: nil).map(\.isOpen) == [true])
    try store.recordReview(
      ReviewRecord(
        attempt: id, reviewer: "Lee", reason: "no apology in the reply", dispute: dispute, decision: .rejected
      ))
    #expect(try store.disputes(attempt: id).first?.decision == .rejected)
    #expect(try store.unreviewedFailedExams().isEmpty)
    let open = try store.startAttempt(
      NewAttempt(trainee: "Dana", scenario: SyntheticHistory.scenario(), contentHash: "h", mode: .practice))
    #expect(throws: StoreError.attemptNotFinished(open)) {
      try store.recordDispute(attempt: open, reason: "x", at: Date())
    }
    #expect(throws: StoreError.attemptNotFinished(open)) {
      try store.recordReview(ReviewRecord(attempt: open, reviewer: "Lee", note: "too early"))
    }
  }

  @Test func migratesADatabaseFromTheFirstSchema() throws {
    let (path, folder) = try StoreFixtures.temporaryDatabase()
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
    try store.recordReview(ReviewRecord(attempt: attempt.id, reviewer: "Lee", note: "fine"))
    #expect(try store.reviews(attempt: attempt.id).count == 1)
  }
}
