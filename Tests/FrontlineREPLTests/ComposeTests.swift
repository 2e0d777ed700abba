import Foundation
import FrontlineHistory
import FrontlineLoading
import FrontlineModel
import FrontlineSQLite
import FrontlineTerminal
import Testing

@testable import FrontlineREPL

/// `/compose`: a reply of several lines is one turn, scored and saved with its paragraphs, whether it
/// is written in the trainee's editor or typed at the prompt up to a line holding only `.`.
@Suite struct ComposeTests {
  private func run(_ lines: [LineResult], interactive: Bool = false, editor: ExternalEditor? = nil) throws
    -> (output: String, store: SQLiteStore, folder: URL)
  {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "frontline-compose-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let store = try SQLiteStore(path: folder.appendingPathComponent("p.sqlite").path)
    var text = ""
    let output = Output(style: TextStyle(colors: false), out: { text += $0 }, err: { text += $0 })
    let session = PracticeSession(
      library: PracticeSessionTests.library, store: store, trainee: "Dana",
      reader: ScriptedLineReader(lines, interactive: interactive), output: output, columns: 80,
      localizer: .english, editor: editor
    )
    session.run()
    return (text, store, folder)
  }

  static let letter = [
    "Hi Dana,", "", "I'm so sorry your order is late.", "",
    "I've refunded it; the money reaches you in 3-5 business days.",
  ]

  @Test func aBlockEndedByADotIsOneReplyWithItsParagraphs() throws {
    let (output, store, folder) = try run(
      [.line("start mini-refund"), .line("/compose")] + Self.letter.map(LineResult.line) + [
        .line("."), .line("/quit"),
      ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let attempt = try #require(try store.attempts(trainee: "Dana", limit: nil).first)
    let turns = try store.turns(attempt: attempt.id)
    #expect(turns.map(\.reply) == [Self.letter.joined(separator: "\n")])
    #expect(turns.first?.score.passed == true)
    #expect(output.contains("You:\n  Hi Dana,\n\n  I'm so sorry your order is late."))
    #expect(output.contains("── Conversation over: resolved ──"))
  }

  @Test func theLetterScoresAsTheSameWordsOnOneLine() throws {
    let (_, store, folder) = try run(
      [.line("start mini-refund"), .line("/compose")] + Self.letter.map(LineResult.line) + [
        .line("."), .line("/quit"),
      ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let (_, flat, flatFolder) = try run([
      .line("start mini-refund"), .line(Self.letter.filter { !$0.isEmpty }.joined(separator: " ")),
      .line("/quit"),
    ])
    defer { try? FileManager.default.removeItem(at: flatFolder) }
    let composed = try store.turns(
      attempt: #require(try store.attempts(trainee: "Dana", limit: nil).first).id)
    let oneLine = try flat.turns(attempt: #require(try flat.attempts(trainee: "Dana", limit: nil).first).id)
    #expect(composed.first?.score.score == oneLine.first?.score.score)
  }

  @Test func ctrlCCancelsTheReplyAndTheConversationGoesOn() throws {
    let (output, store, folder) = try run(
      [.line("start mini-refund"), .line("/compose"), .line("Hi Dana,"), .interrupted, .line("/quit")],
      interactive: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(output.contains("end it with a line holding only ."))
    #expect(output.contains("Reply cancelled; nothing was sent."))
    let attempt = try #require(try store.attempts(trainee: "Dana", limit: nil).first)
    #expect(try store.turns(attempt: attempt.id).isEmpty)
  }

  @Test func anEmptyReplyIsNotSent() throws {
    let (output, store, folder) = try run([
      .line("start mini-refund"), .line("/compose"), .line(""), .line("   "), .line("."), .line("/quit"),
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(output.contains("Nothing written, so nothing was sent."))
    let attempt = try #require(try store.attempts(trainee: "Dana", limit: nil).first)
    #expect(try store.turns(attempt: attempt.id).isEmpty)
  }

  /// The editor is a shell command run on a file; comment lines (the customer's words) are left out.
  @Test func anEditorWritesTheReplyWithoutItsCommentLines() throws {
    let script = FileManager.default.temporaryDirectory.appendingPathComponent(
      "editor-\(UUID().uuidString).sh")
    let body = Self.letter.map { "echo '\($0.replacingOccurrences(of: "'", with: "'\\''"))'" }.joined(
      separator: "\n")
    // The file opens with the template; the script keeps its comments and writes the letter above them.
    try "#!/bin/sh\ngrep '^#' \"$1\" > \"$1.c\"\n{ \(body); cat \"$1.c\"; } > \"$1\"\n".write(
      to: script, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script.path)
    defer { try? FileManager.default.removeItem(at: script) }
    let (output, store, folder) = try run(
      [.line("start mini-refund"), .line("/compose"), .line("/quit")], interactive: true,
      editor: ExternalEditor(command: script.path))
    defer { try? FileManager.default.removeItem(at: folder) }
    let attempt = try #require(try store.attempts(trainee: "Dana", limit: nil).first)
    #expect(try store.turns(attempt: attempt.id).map(\.reply) == [Self.letter.joined(separator: "\n")])
    #expect(output.contains("You:\n  Hi Dana,"))
  }

  @Test func anEditorThatFailsSendsNothingAndSaysWhy() throws {
    let (output, store, folder) = try run(
      [.line("start mini-refund"), .line("/compose"), .line("/quit")], interactive: true,
      editor: ExternalEditor(command: "false"))
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(output.contains("Not sent: the editor 'false' exited with status 1."))
    let attempt = try #require(try store.attempts(trainee: "Dana", limit: nil).first)
    #expect(try store.turns(attempt: attempt.id).isEmpty)
  }

  @Test func anEditorThatIsNotThereIsSaidSo() throws {
    let (output, _, folder) = try run(
      [.line("start mini-refund"), .line("/compose"), .line("/quit")], interactive: true,
      editor: ExternalEditor(command: "no-such-editor-\(UUID().uuidString.prefix(6))"))
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(output.contains("could not be started: no such command"))
  }

  @Test func theEditorIsVisualThenEditor() {
    #expect(ExternalEditor.named(in: ["VISUAL": "code --wait", "EDITOR": "vi"])?.command == "code --wait")
    #expect(ExternalEditor.named(in: ["VISUAL": " ", "EDITOR": "vi"])?.command == "vi")
    #expect(ExternalEditor.named(in: [:]) == nil)
  }
}
