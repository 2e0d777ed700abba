import FrontlineModel
import Testing

@testable import FrontlineScoring

@Suite struct MatchingTests {
  @Test(arguments: [
    ("refund", "I'll refund you today.", true),
    ("refund", "You were refunded yesterday.", false),
    ("refund", "Nonrefundable.", false),
    ("business days", "within 3-5 business days", true),
    ("3-5 business days", "within 3–5 Business  Days.", true),
    ("$89", "the full $89 back", true),
    ("$89", "the full $890 back", false),
    ("Dana", "Hi DANA!", true),
  ])
  func matchesAtWordBoundaries(phrase: String, reply: String, expected: Bool) throws {
    #expect(try ScoringFixtures.matches([phrase], reply) == expected)
  }

  @Test(arguments: [
    ("apologi*", "I apologise.", true),
    ("apologi*", "Please accept our apologies.", true),
    ("apologi*", "I apologize for this.", true),
    ("apologi*", "An apology is due.", false),
    ("refund*", "You've been refunded.", true),
    ("count* toward*", "Deleted files still count towards your storage.", true),
    ("count* toward*", "Deleted files count against you.", false),
    ("dmg-*", "Your case is DMG-4471.", true),
  ])
  func matchesWildcardEndings(phrase: String, reply: String, expected: Bool) throws {
    #expect(try ScoringFixtures.matches([phrase], reply) == expected)
  }

  @Test(arguments: [
    ("交換", "新品と交換いたします。", true),
    ("申し訳ございません", "大変申し訳ございませんでした。", true),
    ("着払い伝票", "同封の着払い伝票をご利用ください", true),
    ("返金", "ご返金も可能です", true),
  ])
  func matchesJapaneseAsSubstrings(phrase: String, reply: String, expected: Bool) throws {
    #expect(try ScoringFixtures.matches([phrase], reply) == expected)
  }

  @Test(arguments: [
    ("sorry", "I'm not sorry.", false),
    ("refund", "We can't refund you.", false),
    ("replace", "We won't replace it.", false),
    ("refund", "Unfortunately we are unable to refund this order.", false),
    ("sorry", "I'm so sorry, and I won't let this happen again.", true),
    ("refund", "Don't worry, I'll refund you now.", true),
    ("refund", "I can't tell you how glad I am to refund this.", true),
    ("交換", "交換はできません。", false),
    ("返金", "返金いたしかねます。", false),
    ("交換", "交換は致しかねますが、返金します。", false),
    ("返金", "交換はできませんが、返金いたします。", true),
  ])
  func ignoresNegatedPhrases(phrase: String, reply: String, expected: Bool) throws {
    #expect(try ScoringFixtures.matches([phrase], reply) == expected)
  }

  @Test func aCriterionMayOptOutOfNegation() throws {
    #expect(try ScoringFixtures.matches(["refund"], "We can't refund you.", negation: false))
  }

  @Test func substitutesTemplateVariablesInPhrases() throws {
    let card = try ScoringFixtures.scorecard(
      [ScoringFixtures.criterion("order", "accuracy", .any(["order {order}"]))], values: ["order": "A1042"])
    #expect(card.score("About order A1042: refunded.").criteria[0].met)
    #expect(!card.score("About order A1043: refunded.").criteria[0].met)
  }

  @Test func findsEveryPhraseOfAManyPhraseRubricInOnePass() throws {
    let phrases = (0..<400).map { "phrase\($0) word" }
    let card = try ScoringFixtures.scorecard([
      ScoringFixtures.criterion("many", "accuracy", .maxCount(phrases: phrases, max: 1))
    ])
    let result = card.score("phrase7 word, phrase123 word and phrase399 word").criteria[0]
    #expect(result.spans.map(\.text) == ["phrase7 word", "phrase123 word", "phrase399 word"])
    #expect(!result.met)
  }
}
