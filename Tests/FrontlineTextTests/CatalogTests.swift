import FrontlineModel
import Testing

@testable import FrontlineText

@Suite struct CatalogTests {
  @Test func bothCatalogsHoldEveryMessageWithTheSamePlaceholders() {
    let problems = CatalogCheck.problems([.bundled(.english), .bundled(.japanese)])
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
  }

  @Test func aMissingMessageAnExtraOneAndADifferentPlaceholderAreEachFound() {
    let english = Catalog(
      language: .english, messages: ["a.one": .text("{name} left"), "a.two": .text("two")])
    let japanese = Catalog(
      language: .japanese, messages: ["a.one": .text("{nom}さんが退出しました"), "a.three": .text("三")])
    let problems = CatalogCheck.problems([english, japanese], keys: ["a.one", "a.two"])
    #expect(problems.contains("a.two is missing from the ja catalog"))
    #expect(problems.contains("a.three in the ja catalog is no message of the interface"))
    #expect(problems.contains("a.one has placeholders {name} in en but {nom} in ja"))
  }

  @Test func aPluralMayLeaveTheCountOutOfItsSingular() throws {
    let english = try Catalog(
      language: .english,
      json: Array(#"{"a": {"turns": {"one": "one turn", "other": "{count} turns"}}}"#.utf8))
    let japanese = try Catalog(language: .japanese, json: Array(#"{"a": {"turns": "{count}ターン"}}"#.utf8))
    #expect(CatalogCheck.problems([english, japanese], keys: ["a.turns"]).isEmpty)
  }

  @Test func aDamagedCatalogIsDescribed() {
    #expect(throws: Catalog.Damage.self) {
      try Catalog(language: .english, json: Array(#"{"a": {"b": 3}}"#.utf8))
    }
    #expect(throws: Catalog.Damage.self) { try Catalog(language: .english, json: Array("{".utf8)) }
  }
}
