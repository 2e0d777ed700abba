import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineTestSupport
import GRDB
import Testing

@testable import FrontlineSQLite

@Suite struct ReviewStoreTests {
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
