import Foundation
import FrontlineModel
import Testing

@testable import FrontlineScoring

/// A compiled scorecard's JSON line, with each criterion's texts encoded beforehand, is the text the
/// score's own `jsonLine` and JSONEncoder write.
@Suite struct EncodedCriterionTests {
  private let card = try! CompiledScorecard(
    Scorecard(
      categories: Category.defaults + [Category(name: "丁寧さ\u{7}", weight: 2)], passMark: 50,
      criteria: [
        Criterion(
          id: "apology", category: "empathy", description: "Says \"sorry\"\\ here\n\u{1F}",
          points: 7.5, tip: "a/b\ttab \u{0C}\u{08}\r", check: .any(["sorry"]), rubric: "late \"delivery\""),
        Criterion(
          id: "お詫び", category: "丁寧さ\u{7}", description: "「申し訳ございません」と詫びる",
          tip: "お詫びの言葉を添えましょう 🙇", critical: true, check: .any(["申し訳ございません"])),
        Criterion(id: "no-tip", category: "accuracy", description: "Plain", check: .none(["whatever"])),
        Criterion(id: "route", category: "routing", description: "Resolves", check: .route),
      ],
      context: ScoringContext(scenarioID: "s\"x", stepID: "t")))

  private let replies = [
    "I'm sorry, 申し訳ございません", "no apology at all\u{01} whatever", "sorry you feel that way \"quoted\"",
    "",
  ]

  private func encoderText(_ score: ReplyScore) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(score), as: UTF8.self)
  }

  @Test func encodedLineIsThePlainLine() throws {
    for reply in replies {
      let score = card.score(reply, route: reply.hasPrefix("no") ? "billing" : nil)
      #expect(card.jsonLine(score) == score.jsonLine, "\(reply)")
      #expect(card.jsonLine(score) == (try encoderText(score)), "\(reply)")
    }
  }

  @Test func everyCriterionIsCopiedFromItsEncoding() {
    let score = card.score("no apology at all")
    let encoded = card.plan.encodedCriteria
    #expect(encoded.count == score.criteria.count)
    for (criterion, result) in zip(encoded, score.criteria) { #expect(criterion.describes(result)) }
    #expect(encoded.map { $0.tip == nil } == [false, false, true, true])
  }

  @Test func aChangedResultIsWrittenAsItIs() throws {
    var score = card.score("no apology at all")
    score.criteria[0].description = "Changed \"here\""
    score.criteria[1].tip = "別のヒント"
    score.criteria[2].tip = "A tip the criterion does not have"
    score.criteria[3].possible = 3
    score.criteria[3].rubric = "other"
    for (criterion, result) in zip(card.plan.encodedCriteria, score.criteria) {
      #expect(!criterion.describes(result))
    }
    #expect(card.jsonLine(score) == score.jsonLine)
    #expect(card.jsonLine(score) == (try encoderText(score)))
    #expect(card.jsonLine(score).contains("\"description\":\"Changed \\\"here\\\"\""))
    score.criteria.removeLast()
    #expect(card.jsonLine(score) == (try encoderText(score)))
  }
}
