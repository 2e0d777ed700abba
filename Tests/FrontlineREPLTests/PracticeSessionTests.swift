import Foundation
import FrontlineHistory
import FrontlineLoading
import FrontlineModel
import FrontlineSQLite
import FrontlineTerminal
import Testing

@testable import FrontlineREPL

/// The session loop, driven by a script: what is shown and what is saved.
@Suite struct PracticeSessionTests {
  static let library: Library = {
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/library").path
    return LibraryLoader.load(paths: LibraryLocator.contentPaths(of: fixtures)).library
  }()

  private func run(_ lines: [LineResult]) throws -> (output: String, store: SQLiteStore, folder: URL) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "frontline-repl-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let store = try SQLiteStore(path: folder.appendingPathComponent("p.sqlite").path)
    var text = ""
    let output = Output(style: TextStyle(colors: false), out: { text += $0 }, err: { text += $0 })
    let session = PracticeSession(
      library: Self.library, store: store, trainee: "Dana", reader: ScriptedLineReader(lines), output: output,
      columns: 80, localizer: .english)
    session.run()
    return (text, store, folder)
  }

  @Test func savesEveryTurnAndTheResult() throws {
    let (output, store, folder) = try run([
      .line("start mini-refund"), .line("Please wait."), .line("Yes, I've issued the refund."), .line("quit"),
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(output.contains("── Conversation over: resolved ──"))
    let attempts = try store.attempts(trainee: "Dana", limit: nil)
    #expect(attempts.count == 1)
    #expect(attempts[0].status == .finished)
    #expect(attempts[0].turnCount == 2)
    #expect(
      try store.turns(attempt: attempts[0].id).map(\.reply) == [
        "Please wait.", "Yes, I've issued the refund.",
      ])
  }

  @Test func anInterruptedScriptKeepsTheAttemptAsAbandoned() throws {
    let (output, store, folder) = try run([.line("start mini-refund"), .line("Please wait.")])
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(output.contains("kept in your history as abandoned"))
    let attempt = try #require(try store.attempts(trainee: "Dana", limit: nil).first)
    #expect(attempt.status == .abandoned)
    #expect(attempt.turnCount == 1)
  }

  @Test func ctrlCNeverEndsTheSessionAndUnknownInputGetsAHint() throws {
    let (output, _, folder) = try run([
      .interrupted, .line("strat mini-refund"), .line("I can refund you today"), .line("exit"),
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(output.contains("'strat'; did you mean start?"))
    #expect(output.contains("No conversation is open: start SCENARIO-ID begins one"))
  }

  @Test func controlCharactersInRepliesAreShownNotObeyed() throws {
    let (output, _, folder) = try run([
      .line("start mini-refund"), .line("Sorry \u{1B}[2J refund"), .line("/abandon"),
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(!output.contains("\u{1B}"))
    #expect(output.contains("You: Sorry ^[[2J refund"))
  }

  @Test func examModeKeepsFeedbackForTheEnd() throws {
    let (output, _, folder) = try run([
      .line("start mini-refund --exam"), .line("/hint"), .line("Please wait."),
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(output.contains("No hints in exam mode."))
    #expect(output.contains("Exam mode: feedback comes at the end"))
    #expect(!output.contains("Feedback:"))
  }
}
