import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlinePostgres
import FrontlineTestSupport
import Testing

/// A server restarted or gone mid-run, on a cluster of this test's own (the shared test server must
/// stay up for the other tests).
@Suite(.enabled(if: TestPostgres.available, Comment(rawValue: TestPostgres.unavailable)))
struct PostgresRestartTests {
  static let script = BuiltExecutable.repository + "/.ci/postgres"

  static func turn(_ attempt: Int64, _ index: Int) -> TurnRecord {
    TurnRecord(
      attempt: attempt, index: index, step: "opening", customerMessages: ["Where is it?"],
      reply: "reply \(index)",
      route: nil, score: SyntheticHistory.scorecard.score("I'm so sorry. A refund is on its way."),
      elapsed: 1,
      hintsUsed: 0)
  }

  @Test(.timeLimit(.minutes(3))) func aRestartLosesNoCommittedTurnAndAGoneServerIsReported() async throws {
    let started = try await ChildProcess.run(Self.script, ["start"], seconds: 120)
    try #require(started.status == 0, "\(started.stderr)")
    let lines = started.stdout.split(separator: "\n").map(String.init)
    try #require(lines.count == 2)
    do {
      try await exercise(cluster: lines[0], address: lines[1])
    } catch {
      _ = try? await ChildProcess.run(Self.script, ["stop", lines[0]], seconds: 60)
      throw error
    }
    _ = try? await ChildProcess.run(Self.script, ["stop", lines[0]], seconds: 60)
  }

  private func exercise(cluster: String, address: String) async throws {
    let location = try PostgresLocation(address)
    try PostgresAdmin.initialise(location)
    let store = try PostgresStore(location: location, retryWindow: 30, onRetry: { _ in })
    let id = try store.startAttempt(
      NewAttempt(trainee: "Dana", scenario: SyntheticHistory.scenario(), contentHash: "h", mode: .practice))

    // Turns are written one after another while the server restarts underneath (where in the run
    // the restart falls depends on the machine), then more on the same store after it.
    let writer = Task.detached {
      for index in 0..<1000 { try store.recordTurn(Self.turn(id, index)) }
    }
    while try store.attempt(id).turnCount < 50 { try await Task.sleep(for: .milliseconds(5)) }
    let restarted = try await ChildProcess.run(Self.script, ["restart", cluster], seconds: 60)
    #expect(restarted.status == 0, "\(restarted.stderr)")
    try await writer.value
    for index in 1000..<1010 { try store.recordTurn(Self.turn(id, index)) }
    let turns = try store.turns(attempt: id)
    #expect(turns.map(\.index) == Array(0..<1010), "every turn once, in order")
    #expect(turns.map(\.reply) == (0..<1010).map { "reply \($0)" })

    // A server that stays away is reported, once while retrying and then in words.
    let messages = Locked<[String]>([])
    let patient = try PostgresStore(location: location, retryWindow: 2) { message in
      messages.update { $0.append(message) }
    }
    let stopped = try await ChildProcess.run(Self.script, ["stop", cluster], seconds: 60)
    #expect(stopped.status == 0)
    do {
      try patient.recordTurn(Self.turn(id, 1010))
      Issue.record("a turn was recorded on a stopped server")
    } catch {
      guard case .unreachable(let message, _) = error else {
        Issue.record("expected the server to be reported unreachable, got \(error)")
        return
      }
      #expect(message.contains("could not get it back within 2 s"))
    }
    #expect(messages.current.count == 1)
    #expect(messages.current.first?.contains("retrying for up to 2 s") == true)
  }
}
