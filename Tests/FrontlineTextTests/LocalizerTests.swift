import Foundation
import FrontlineModel
import Testing

@testable import FrontlineText

@Suite struct LocalizerTests {
  @Test func theLocaleChoosesTheLanguageAsPOSIXOrdersItsVariables() throws {
    #expect(try UILanguage.resolve(flag: nil, environment: ["LANG": "ja_JP.UTF-8"]) == .japanese)
    #expect(try UILanguage.resolve(flag: nil, environment: [:]) == .english)
    #expect(try UILanguage.resolve(flag: nil, environment: ["LANG": "fr_FR.UTF-8"]) == .english)
    #expect(try UILanguage.resolve(flag: nil, environment: ["LANG": "C.UTF-8"]) == .english)
    #expect(
      try UILanguage.resolve(flag: nil, environment: ["LC_ALL": "en_US.UTF-8", "LANG": "ja_JP.UTF-8"])
        == .english)
    #expect(
      try UILanguage.resolve(flag: nil, environment: ["LC_MESSAGES": "ja_JP.UTF-8", "LANG": "en_GB.UTF-8"])
        == .japanese)
    // An empty variable is not set.
    #expect(
      try UILanguage.resolve(flag: nil, environment: ["LC_ALL": "", "LANG": "ja_JP.UTF-8"]) == .japanese)
  }

  @Test func theFlagThenTheVariableOverrideTheLocale() throws {
    let japanese = ["LANG": "ja_JP.UTF-8"]
    #expect(try UILanguage.resolve(flag: "en", environment: japanese) == .english)
    #expect(
      try UILanguage.resolve(flag: nil, environment: japanese.merging(["FRONTLINE_UI_LANGUAGE": "en"]) { $1 })
        == .english)
    #expect(
      try UILanguage.resolve(flag: "ja", environment: ["FRONTLINE_UI_LANGUAGE": "en"]) == .japanese)
  }

  @Test func aSettingThatNamesNeitherLanguageIsRefused() {
    #expect(throws: UILanguage.Refusal(source: "--ui-language", value: "fr")) {
      try UILanguage.resolve(flag: "fr", environment: [:])
    }
    #expect(throws: UILanguage.Refusal(source: "FRONTLINE_UI_LANGUAGE", value: "de")) {
      try UILanguage.resolve(flag: nil, environment: ["FRONTLINE_UI_LANGUAGE": "de"])
    }
  }

  @Test func datesAreWrittenAsEachLanguageReadsThem() throws {
    let utc = try #require(TimeZone(identifier: "UTC"))
    let date = Date(timeIntervalSince1970: 1_795_443_900)  // 2026-11-23 14:25 UTC
    #expect(Localizer.english.date(date, in: utc) == "2026-11-23")
    #expect(Localizer.japanese.date(date, in: utc) == "2026年11月23日")
    #expect(Localizer.japanese.dateTime(date, in: utc) == "2026年11月23日 14:25")
  }

  @Test func namesListsAndScoresFollowTheLanguage() {
    #expect(Localizer.japanese.category("empathy") == "共感")
    #expect(Localizer.japanese.category("tone") == "tone")
    #expect(Localizer.english.mood(.angry) == "angry")
    #expect(Localizer.japanese.list(["a", "b"]) == "a、b")
    #expect(Localizer.japanese(CommonText.scoreOutOf100, ["score": "78"]) == "78点")
    #expect(Localizer.english(CommonText.scoreOutOf100, ["score": "78"]) == "78/100")
  }
}
