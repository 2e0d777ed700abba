import ArgumentParser
import Foundation
import FrontlineHistory
import FrontlineSQLite
import FrontlineTestSupport

/// `frontline-probe`: writes to a progress database from a separate process, so tests can kill it
/// mid-attempt or run several at once. Not installed for users.
@main
struct Probe: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "frontline-probe",
    abstract: "Write to a progress database from another process (for tests).",
    subcommands: [Write.self, Hold.self])

  /// Writes whole attempts.
  struct Write: ParsableCommand {
    @Option var database: String
    @Option var trainee: String
    @Option var attempts = 10
    @Option var turns = 5
    /// How long ago the attempts started, in hours (0: now).
    @Option var hoursAgo = 0.0

    func run() throws {
      let store = try SQLiteStore(path: database)
      let scenario = SyntheticHistory.scenario()
      for number in 0..<attempts {
        try SyntheticHistory.writeAttempt(
          to: store, trainee: trainee, scenario: scenario, turns: turns, seed: number,
          startedAt: Date().addingTimeInterval(-hoursAgo * 3600))
      }
      print("wrote \(attempts)")
    }
  }

  /// Starts an attempt, commits some turns, says "ready", then waits to be killed.
  struct Hold: ParsableCommand {
    @Option var database: String
    @Option var trainee: String
    @Option var turns = 3

    func run() throws {
      let store = try SQLiteStore(path: database)
      let scenario = SyntheticHistory.scenario()
      let id = try store.startAttempt(
        NewAttempt(trainee: trainee, scenario: scenario, contentHash: "synthetic", mode: .practice))
      for index in 0..<turns {
        let reply = SyntheticHistory.replies[index % SyntheticHistory.replies.count]
        try store.recordTurn(
          TurnRecord(
            attempt: id, index: index, step: "opening", customerMessages: ["Where is my order?"],
            reply: reply,
            route: nil, score: SyntheticHistory.scorecard.score(reply), elapsed: 3, hintsUsed: 0))
      }
      FileHandle.standardOutput.write(Data("ready \(id)\n".utf8))
      while true { sleep(60) }
    }
  }
}
