import Foundation
import Testing

/// Whole practice sessions driven over standard input, compared with golden transcripts: a strong and
/// a poor run through each acceptance scenario, one of them in Japanese. Set
/// `FRONTLINE_UPDATE_GOLDENS=1` to rewrite the goldens after an intended change, and read the diff.
@Suite struct TranscriptTests {
  static let folder = FrontlineProcess.fixtures + "/transcripts"
  static let scripts = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
    .filter { $0.hasSuffix(".in") }.sorted()

  @Test func thereIsAStrongAndAPoorRunPerAcceptanceScenario() {
    #expect(Self.scripts.count == 8)
  }

  @Test(arguments: scripts)
  func matchesItsGoldenTranscript(script: String) async throws {
    let input = try String(contentsOfFile: Self.folder + "/" + script, encoding: .utf8)
    let golden = Self.folder + "/" + script.replacingOccurrences(of: ".in", with: ".out")
    let database = FileManager.default.temporaryDirectory.appendingPathComponent(
      "frontline-\(UUID().uuidString).sqlite")
    defer {
      for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: database.path + suffix)
      }
    }
    let outcome = try await FrontlineProcess.run(
      ["--trainee", "Sam Carter", "--database", database.path], stdin: input)
    #expect(outcome.status == 0)
    #expect(!outcome.stdout.contains("\u{1B}"), "no escape codes when not on a terminal")
    if ProcessInfo.processInfo.environment["FRONTLINE_UPDATE_GOLDENS"] == "1" {
      try outcome.stdout.write(toFile: golden, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOfFile: golden, encoding: .utf8)
    #expect(outcome.stdout == expected, "\(script) differs from its golden transcript")
  }
}
