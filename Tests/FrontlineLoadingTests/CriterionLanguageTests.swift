import Foundation
import FrontlineModel
import Testing

@testable import FrontlineLoading

/// A criterion shared by scenarios in several languages (a house rule) may give its description
/// and tip by language; `"en"` is the text for every language not named.
@Suite struct CriterionLanguageTests {
  static func scenario(description: String, tip: String) -> String {
    #"""
    {
      "format": 1, "id": "delivery", "title": "Delivery", "kind": "inquiry", "difficulty": 1,
      "channel": "chat", "language": "en", "customer": {"name": "Dana Reyes", "mood": "neutral"},
      "briefing": "Dana asks about delivery.", "rubrics": [],
      "steps": [
        {"id": "opening", "messages": "Is delivery free?", "exemplar": "Yes, Dana: it is free.",
         "criteria": [
           {"id": "says-yes", "category": "accuracy", "description": \#(description), "tip": \#(tip),
            "any": ["yes"]}
         ],
         "next": [{"goto": "done"}]}
      ],
      "endings": [{"id": "done", "outcome": "resolved", "messages": "Thanks."}]
    }
    """#
  }

  static func load(description: String, tip: String) throws -> (LibraryLoader.Result, Criterion?) {
    let folder = try Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("delivery.json").path
    try scenario(description: description, tip: tip).write(toFile: path, atomically: true, encoding: .utf8)
    let result = LibraryLoader.load(paths: [path], contextPaths: Fixtures.libraryContent)
    return (result, result.library.scenario("delivery")?.steps.first?.criteria.first)
  }

  @Test func textsByLanguageGiveEachLanguageItsWordsAndEnglishTheRest() throws {
    let (result, criterion) = try Self.load(
      description: #"{"en": "Answers yes", "ja": "はいと答えている"}"#,
      tip: #"{"en": "Say yes.", "ja": "はいと伝えましょう。"}"#)
    #expect(
      result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.formatted))")
    let loaded = try #require(criterion)
    #expect(loaded.description == "Answers yes")
    #expect(loaded.inLanguage("ja").description == "はいと答えている")
    #expect(loaded.inLanguage("ja").tip == "はいと伝えましょう。")
    #expect(loaded.inLanguage("de").description == "Answers yes")
  }

  @Test func aStringServesEveryLanguage() throws {
    let (_, criterion) = try Self.load(description: #""Answers yes""#, tip: #""Say yes.""#)
    #expect(criterion?.inLanguage("ja").description == "Answers yes")
  }

  @Test func textsByLanguageNeedEnglishAndNonEmptyStrings() throws {
    let (missing, _) = try Self.load(description: #"{"ja": "はいと答えている"}"#, tip: #""Say yes.""#)
    #expect(
      missing.diagnostics.contains {
        $0.severity == .error && $0.message.contains("'description' by language needs \"en\"")
          && $0.path.description == "steps[0].criteria[0].description"
      }, "\(missing.diagnostics.map(\.formatted))")
    let (empty, _) = try Self.load(description: #""Answers yes""#, tip: #"{"en": "Say yes.", "ja": " "}"#)
    #expect(
      empty.diagnostics.contains {
        $0.severity == .error && $0.path.description == "steps[0].criteria[0].tip.ja"
      }, "\(empty.diagnostics.map(\.formatted))")
  }
}
