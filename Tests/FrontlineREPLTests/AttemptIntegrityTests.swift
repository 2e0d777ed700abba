import Foundation
import FrontlineHistory
import FrontlineLoading
import FrontlineModel
import FrontlineTerminal
import Testing

@testable import FrontlineREPL
@testable import FrontlineSQLite

/// An attempt in the REPL means what it says: closing early fails (and an exam asks first), a level
/// reached is announced, and a conversation is never practised unrecorded without the trainee
/// being told.
@Suite struct AttemptIntegrityTests {
  private func session(
    _ lines: [LineResult], interactive: Bool = false, library: Library = PracticeSessionTests.library,
    prepare: (SQLiteStore) throws -> Void = { _ in }
  ) throws -> (output: String, store: SQLiteStore, folder: URL, prompts: [String]) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "frontline-repl-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let store = try SQLiteStore(path: folder.appendingPathComponent("p.sqlite").path)
    try prepare(store)
    var text = ""
    let output = Output(style: TextStyle(colors: false), out: { text += $0 }, err: { text += $0 })
    let reader = ScriptedLineReader(lines, interactive: interactive)
    PracticeSession(
      library: library, store: store, trainee: "Alex", reader: reader, output: output, columns: 100,
      localizer: .english
    ).run()
    return (text, store, folder, reader.prompts)
  }

  @Test func endingAnExamEarlyAsksFirstThenFails() throws {
    let (output, store, folder, prompts) = try session(
      [
        .line("start mini-refund --exam"), .line("Please wait while I check."), .line("/end"), .line("n"),
        .line("/end"), .line("y"), .line("quit"),
      ], interactive: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let asked = prompts.filter { $0.contains("Closing now records the attempt as ended early") }
    #expect(asked.count == 2)
    #expect(asked.allSatisfy { $0.contains("and it fails the exam. Close anyway? [y/N]") })
    #expect(output.contains("Carrying on: the customer is waiting for your reply."))
    #expect(output.contains("── Conversation over: ended-early ──"))
    #expect(output.contains("Result: FAIL"))
    #expect(output.contains("Hold on, is that it?"))
    #expect(!output.contains("Thanks."))
    let attempt = try #require(try store.attempts(trainee: "Alex", limit: nil).first)
    #expect(attempt.outcome == .endedEarly)
    #expect(attempt.passed == false)
    #expect(attempt.turnCount == 1)
  }

  @Test func reachingALevelIsAnnouncedWhenItHappens() throws {
    var library = PracticeSessionTests.library
    library.ladder = Ladder(levels: [
      Level(id: "trainee", titles: ["en": "Trainee"], requirements: []),
      Level(
        id: "agent", titles: ["en": "Agent"],
        requirements: [.passed(count: 1, kind: .complaint, minDifficulty: 1, mode: nil)]),
      Level(
        id: "senior-agent", titles: ["en": "Senior Agent"], needsApproval: true,
        requirements: [.passed(count: 1, kind: .complaint, minDifficulty: 1, mode: .exam)]),
    ])
    let good = "I'm so sorry, Dana. I've refunded order A1042; it reaches you in 3-5 business days."
    let (output, store, folder, _) = try session(
      [
        .line("start mini-refund"), .line(good), .line("start mini-refund --exam"), .line(good),
        .line("ladder"),
      ],
      library: library)
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(output.contains("★ Level reached: Agent. You are now an Agent."))
    #expect(
      output.contains("You meet every requirement for Senior Agent: a team leader's approval is pending"))
    #expect(output.contains("Alex is an Agent;"))
    #expect(try store.promotions(trainee: "Alex").map(\.level) == ["agent"])
  }

  @Test func aConversationThatCannotBeRecordedIsNotBegun() throws {
    let (output, store, folder, _) = try session([.line("start mini-refund"), .line("quit")]) { store in
      try store.execute(
        "CREATE TRIGGER full BEFORE INSERT ON attempt BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
      )
    }
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(output.contains("Warning: the new attempt could not be saved"))
    #expect(output.contains("Nothing was started: a conversation that cannot be recorded is not begun."))
    #expect(!output.contains("Where is my order"))
    #expect(try store.attempts(trainee: "Alex", limit: nil).isEmpty)
  }

  @Test func aFailedSaveSaysExactlyWhatWasKept() throws {
    let (output, _, folder, _) = try session(
      [
        .line("start mini-refund"), .line("Please wait while I check."),
        .line("Yes, I've issued the refund now; it arrives in 3-5 business days."),
      ]
    ) { store in
      try store.execute(
        "CREATE TRIGGER full BEFORE INSERT ON turn WHEN NEW.idx = 1 BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
      )
    }
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(output.contains("Warning: turn 2 could not be saved"))
    #expect(!output.contains("Saved as attempt"))
    #expect(output.contains("is in your history with 1 of 2 turns; not saved: turn 2."))
  }

  @Test func restartingStartsANewRecordedAttempt() throws {
    let (_, store, folder, _) = try session([
      .line("start mini-refund"), .line("Please wait while I check."), .line("/restart"),
      .line("I'm so sorry, Dana. I've refunded order A1042; it reaches you in 3-5 business days."),
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let attempts = try store.attempts(trainee: "Alex", limit: nil)
    #expect(attempts.map(\.status) == [.finished, .abandoned])
    #expect(attempts.map(\.turnCount) == [1, 1])
  }
}
