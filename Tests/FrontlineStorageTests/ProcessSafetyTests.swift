import Foundation
import FrontlineStorage
import Testing

/// A trainee's history survives a killed process and several processes writing at once.
@Suite struct ProcessSafetyTests {
  @Test func aKilledProcessKeepsItsCommittedTurnsAndShowsAsInterrupted() throws {
    let (path, folder) = try StoreFixtures.temporaryDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (process, output) = StoreFixtures.probeProcess([
      "hold", "--database", path, "--trainee", "Dana", "--turns", "3",
    ])
    try process.run()
    // Wait for the probe to say it has committed its turns.
    var text = ""
    while !text.contains("\n") {
      let data = output.fileHandleForReading.availableData
      guard !data.isEmpty else { break }
      text += String(decoding: data, as: UTF8.self)
    }
    let id = try #require(
      Int64(text.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "ready ", with: ""))
    )
    #expect(try SQLiteStore(path: path).attempt(id).status == .inProgress)
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    let store = try SQLiteStore(path: path)
    let attempt = try store.attempt(id)
    #expect(attempt.status == .interrupted)
    #expect(attempt.turnCount == 3)
    #expect(try store.turns(attempt: id).map(\.index) == [0, 1, 2])
  }

  @Test func fourProcessesWritingAtOnceLoseNothing() throws {
    let (path, folder) = try StoreFixtures.temporaryDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try SQLiteStore(path: path)
    let processes = (1...4).map { number in
      StoreFixtures.probeProcess([
        "write", "--database", path, "--trainee", "trainee-\(number)", "--attempts", "25", "--turns", "5",
      ]).0
    }
    for process in processes { try process.run() }
    for process in processes { process.waitUntilExit() }
    #expect(processes.allSatisfy { $0.terminationStatus == 0 })
    let store = try SQLiteStore(path: path)
    for number in 1...4 {
      let attempts = try store.attempts(trainee: "trainee-\(number)", limit: nil)
      #expect(attempts.count == 25)
      #expect(attempts.allSatisfy { $0.status == .finished && $0.turnCount == 5 })
    }
  }
}
