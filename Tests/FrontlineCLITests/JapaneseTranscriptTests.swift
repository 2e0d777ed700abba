import Foundation
import FrontlineTestSupport
import Testing

/// Whole practice sessions in a Japanese frame, chosen by the locale alone (`LANG=ja_JP.UTF-8`),
/// compared with golden transcripts: a Japanese scenario with every command a trainee uses, and an
/// English scenario in the Japanese frame. `FRONTLINE_UPDATE_GOLDENS=1` rewrites them.
@Suite struct JapaneseTranscriptTests {
  static let folder = FrontlineProcess.fixtures + "/transcripts-ja"
  static let scripts = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
    .filter { $0.hasSuffix(".in") }.sorted()
  /// Dates and times of day as a Japanese reader sees them; they differ run by run, so goldens hold
  /// a placeholder.
  static var dateTime: Regex<Substring> { /\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/ }

  static func session(_ script: String) async throws -> String {
    let input = try String(contentsOfFile: folder + "/" + script, encoding: .utf8)
    let database = FileManager.default.temporaryDirectory.appendingPathComponent(
      "frontline-\(UUID().uuidString).sqlite")
    defer {
      for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: database.path + suffix)
      }
    }
    // Only the locale chooses: the variables that would take precedence are empty.
    let outcome = try await FrontlineProcess.run(
      ["--trainee", "佐藤 健", "--database", database.path], stdin: input,
      environment: ["LANG": "ja_JP.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "FRONTLINE_UI_LANGUAGE": ""])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    return outcome.stdout
  }

  @Test func thereIsAJapaneseAndAnEnglishScenario() {
    #expect(Self.scripts == ["defective-kettle-ja-session.in", "late-delivery-refund-en-scenario.in"])
  }

  @Test(arguments: scripts)
  func matchesItsGoldenTranscript(script: String) async throws {
    let output = try await Self.session(script)
    #expect(output.contains(Self.dateTime), "dates are written the Japanese way")
    let normalised = output.replacing(Self.dateTime, with: "⟨日時⟩")
    let golden = Self.folder + "/" + script.replacingOccurrences(of: ".in", with: ".out")
    if ProcessInfo.processInfo.environment["FRONTLINE_UPDATE_GOLDENS"] == "1" {
      try normalised.write(toFile: golden, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOfFile: golden, encoding: .utf8)
    #expect(normalised == expected, "\(script) differs from its golden transcript")
  }

  /// The ASCII words a text holds, placeholders left out.
  static func words(of text: String) -> Set<String> {
    let withoutPlaceholders = text.replacing(/\{[A-Za-z]+\}/, with: " ")
    return Set(withoutPlaceholders.split { !($0.isASCII && $0.isLetter) }.map(String.init))
  }

  /// A Japanese scenario in the Japanese frame: every English word comes from the scenario's own
  /// files, the trainee's input, or the Japanese catalog's deliberate commands (`help`, `/transfer`);
  /// none from the frame.
  @Test func aJapaneseSessionHasNoEnglishLeftInTheFrame() async throws {
    let script = "defective-kettle-ja-session.in"
    let output = try await Self.session(script)
    let repository = FrontlineProcess.repository
    var content = Set<String>()
    for file in [
      "/scenarios/defective-kettle-ja.json", "/rubrics/defective-kettle-ja.json", "/rubrics/house.json",
      "/rubrics/ladder.json",
      "/Sources/FrontlineText/Catalogs/ja.json", "/Tests/Fixtures/transcripts-ja/" + script,
    ] {
      content.formUnion(Self.words(of: try String(contentsOfFile: repository + file, encoding: .utf8)))
    }
    // The suggestion names scenarios of the whole library by id and title.
    let left = EnglishLeft.words(in: output, allowing: content.union(["Frontline"]))
    let titles = Set(left).subtracting(Self.libraryTitleWords(repository))
    #expect(titles.isEmpty, "English left in the frame: \(titles.sorted())")
  }

  /// The words of every scenario title: a suggestion may name an English scenario.
  static func libraryTitleWords(_ repository: String) -> Set<String> {
    let folder = repository + "/scenarios"
    var words = Set<String>()
    for file in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
      guard let data = FileManager.default.contents(atPath: folder + "/" + file),
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        let title = object["title"] as? String
      else { continue }
      words.formUnion(Self.words(of: title))
    }
    return words
  }
}
