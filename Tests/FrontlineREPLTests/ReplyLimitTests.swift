import Foundation
import FrontlineHistory
import FrontlineLoading
import FrontlineSQLite
import FrontlineScoring
import FrontlineTerminal
import Testing

@testable import FrontlineREPL

/// A reply over the scoring limit is refused where it is typed, with its length and the limit:
/// nothing is scored or saved, and the conversation waits for a shorter reply.
@Suite struct ReplyLimitTests {
  private func session(_ lines: [String]) throws -> (output: String, store: SQLiteStore, folder: URL) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "frontline-limit-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let store = try SQLiteStore(path: folder.appendingPathComponent("p.sqlite").path)
    var text = ""
    let output = Output(style: TextStyle(colors: false), out: { text += $0 }, err: { text += $0 })
    PracticeSession(
      library: PracticeSessionTests.library, store: store, trainee: "Dana",
      reader: ScriptedLineReader(lines: lines), output: output, columns: 80, localizer: .english
    ).run()
    return (text, store, folder)
  }

  @Test func aReplyOverTheLimitIsRefusedAndTheTraineeCanRetype() throws {
    let long = String(repeating: "sorry ", count: 5_000)
    let (output, store, folder) = try session([
      "start mini-refund", long, "/transfer billing " + long, "Yes, I've issued the refund.", "/abandon",
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let refusal =
      "Not sent: the reply is 30000 characters long, and the most a reply may have is \(ReplyLimit.maximum). "
      + "Nothing was scored; shorten it and send it again."
    #expect(output.components(separatedBy: refusal).count == 2)
    #expect(output.contains("Not sent: the reply is 30000"))
    #expect(!output.contains("only the first"))
    let attempt = try #require(try store.attempts(trainee: "Dana", limit: nil).first)
    let replies = try store.turns(attempt: attempt.id).map(\.reply)
    #expect(replies == ["Yes, I've issued the refund."])
  }

  @Test func aReplyAtTheLimitIsScored() throws {
    let reply = String(repeating: "x", count: ReplyLimit.maximum)
    let (output, store, folder) = try session(["start mini-refund", reply, "/abandon"])
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(!output.contains("Not sent"))
    let attempt = try #require(try store.attempts(trainee: "Dana", limit: nil).first)
    #expect(attempt.turnCount == 1)
  }

  @Test func controlCharactersInAHugeReplyAreShownQuickly() throws {
    let start = ContinuousClock.now
    let (output, _, folder) = try session([
      "start mini-refund", String(repeating: "\u{9B}", count: 100_000), "/abandon",
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(ContinuousClock.now - start < .seconds(10))
    #expect(!output.unicodeScalars.contains("\u{9B}"))
    #expect(output.contains("Not sent: the reply is 100000 characters long"))
  }
}
