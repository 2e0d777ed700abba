import Foundation
import FrontlineHistory
import FrontlineSQLite
import FrontlineTestSupport
import Testing

/// A trainee's history survives a killed process and several processes writing at once.
@Suite struct ProcessSafetyTests {
  @Test func aKilledProcessKeepsItsCommittedTurnsAndShowsAsInterrupted() async throws {
    let (path, folder) = try TestSQLite.temporaryDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    // The probe says "ready <attempt id>" once it has committed its turns, then waits to be killed.
    let (line, outcome) = try await ChildProcess.killAfterFirstLine(
      SQLiteFixtures.probe, ["hold", "--database", path, "--trainee", "Dana", "--turns", "3"]
    ) { line in
      // While the probe lives, its attempt is in progress.
      let id = try #require(Self.attemptID(line))
      #expect(try SQLiteStore(path: path).attempt(id).status == .inProgress)
    }
    let id = try #require(Self.attemptID(line))
    #expect(outcome.signal == SIGKILL)
    let store = try SQLiteStore(path: path)
    let attempt = try store.attempt(id)
    #expect(attempt.status == .interrupted)
    #expect(attempt.turnCount == 3)
    #expect(try store.turns(attempt: id).map(\.index) == [0, 1, 2])
  }

  @Test func fourProcessesWritingAtOnceLoseNothing() async throws {
    let (path, folder) = try TestSQLite.temporaryDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try SQLiteStore(path: path)
    let statuses = try await withThrowingTaskGroup(of: Int32.self) { group in
      for number in 1...4 {
        group.addTask {
          try await ChildProcess.run(
            SQLiteFixtures.probe,
            [
              "write", "--database", path, "--trainee", "trainee-\(number)", "--attempts", "25", "--turns",
              "5",
            ]
          ).status
        }
      }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(statuses == [0, 0, 0, 0])
    let store = try SQLiteStore(path: path)
    for number in 1...4 {
      let attempts = try store.attempts(trainee: "trainee-\(number)", limit: nil)
      #expect(attempts.count == 25)
      #expect(attempts.allSatisfy { $0.status == .finished && $0.turnCount == 5 })
    }
  }

  private static func attemptID(_ line: String?) -> Int64? {
    line.flatMap { Int64($0.replacingOccurrences(of: "ready ", with: "")) }
  }
}
