import Foundation
import Testing

/// `frontline score` refuses a reply over the scoring limit, saying its length and the limit, instead
/// of scoring its beginning; in a responses file the other lines are still scored.
@Suite struct ReplyLimitCommandTests {
  @Test func anOverLongResponseIsRefused() async throws {
    let outcome = try await FrontlineProcess.run([
      "score", "late-delivery-refund", "--response", String(repeating: "sorry ", count: 4_000),
    ])
    #expect(outcome.status != 0)
    #expect(
      outcome.stderr.contains(
        "--response: the reply is 24000 characters long, and the most a reply may have is 20000; it was not scored"
      ),
      "\(outcome.stderr)")
    #expect(outcome.stdout.isEmpty)
  }

  @Test func anOverLongLineOfAResponsesFileIsReportedByLine() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "frontline-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("replies.jsonl").path
    let long = String(repeating: "\u{9B}", count: 30_000)
    let lines = [
      #"{"response": "I'm so sorry, Dana. You can have a full refund."}"#,
      #"{"response": "\#(long)"}"#,
    ]
    try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
    let outcome = try await FrontlineProcess.run([
      "score", "late-delivery-refund", "--responses-file", file, "--format", "json",
    ])
    #expect(outcome.status == 1)
    // The short reply is scored; the long one has an error object in its place, with its line number.
    let results = outcome.stdout.split(separator: "\n").map {
      try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
    #expect(results.count == 2)
    #expect(results.first??["score"] is Double, "the short reply is scored")
    #expect(results.last??["line"] as? Int == 2)
    #expect((results.last??["error"] as? String)?.hasPrefix("the reply is 30000 characters long") == true)
    #expect(
      outcome.stderr.contains(
        "replies.jsonl:2: error: the reply is 30000 characters long, and the most a reply may have is 20000; "
          + "it was not scored"), "\(outcome.stderr)")
    #expect(outcome.stderr.contains("1 of 2 lines could not be scored."))
  }
}
