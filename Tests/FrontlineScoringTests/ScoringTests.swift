import FrontlineModel
import Testing

@testable import FrontlineScoring

@Suite struct ScoringTests {
  typealias F = ScoringFixtures

  let criteria = [
    F.criterion("apologises", "empathy", .any(["sorry", "apologi*"])),
    F.criterion("uses-name", "empathy", .usesName),
    F.criterion("refund", "accuracy", .all([["refund*"], ["3-5 business days"]])),
    F.criterion("no-blame", "empathy", critical: true, .none(["calm down", "your fault"])),
    F.criterion("routes", "routing", points: 20, .route),
  ]

  @Test func scoresCategoriesAndTheWeightedOverall() throws {
    let card = try F.scorecard(criteria)
    let score = card.score("I'm so sorry. I've issued a refund; it arrives in 3-5 business days.")
    #expect(score.category("empathy") == 66.7)
    #expect(score.category("accuracy") == 100)
    #expect(score.category("routing") == 100)
    #expect(score.score == 88.9)
    #expect(score.passed)
    #expect(score.criticalFailures == [])
  }

  @Test func explainsEveryCriterionWithEvidenceInTheTraineesWords() throws {
    let card = try F.scorecard(criteria)
    let reply = "Dana, I’M SO SORRY. Refunds take 3–5 business days."
    let score = card.score(reply)
    let apologises = try #require(score.criteria.first { $0.id == "apologises" })
    #expect(apologises.met)
    #expect(apologises.evidence == "SORRY")
    #expect(apologises.spans == [EvidenceSpan(text: "SORRY", start: 13, end: 18)])
    let refund = try #require(score.criteria.first { $0.id == "refund" })
    #expect(refund.spans.map(\.text) == ["Refunds", "3–5 business days"])
    #expect(refund.tip == nil)
    let name = try #require(score.criteria.first { $0.id == "uses-name" })
    #expect(name.evidence == "Dana")
  }

  @Test func givesTheTipAndTheReasonWhenACriterionIsMissed() throws {
    let score = try F.scorecard(criteria).score("I'm not sorry. We can't refund you.")
    let apologises = try #require(score.criteria.first { $0.id == "apologises" })
    #expect(!apologises.met)
    #expect(apologises.tip == "tip for apologises")
    #expect(apologises.note == "'not sorry' is negated, so it does not count")
    #expect(apologises.evidence == "sorry")
  }

  @Test func aCriticalFailureZeroesTheReplyWithTheReason() throws {
    let score = try F.scorecard(criteria).score(
      "Calm down, Dana. I'm sorry; your refund arrives in 3-5 business days.")
    #expect(score.score == 0)
    #expect(!score.passed)
    #expect(score.criticalFailures == ["no-blame"])
    #expect(score.criteria.first { $0.id == "no-blame" }?.evidence == "Calm down")
    #expect(score.notes.contains("critical failure: no-blame; the reply scores 0"))
  }

  @Test func aNegatedForbiddenPhraseIsNotAViolation() throws {
    let score = try F.scorecard(criteria).score("This is not your fault, Dana. I'm sorry.")
    #expect(score.criticalFailures == [])
  }

  @Test func givesPartialCreditForAnAcceptableTransfer() throws {
    let card = try F.scorecard(criteria, route: .department("billing"), acceptable: ["supervisor"])
    #expect(card.score("Transferring you.", route: "billing").category("routing") == 100)
    let partial = card.score("Transferring you.", route: "supervisor")
    #expect(partial.category("routing") == 50)
    #expect(
      partial.criteria.first { $0.id == "routes" }?.note
        == "partial credit: supervisor is acceptable, billing is expected")
    #expect(card.score("Transferring you.", route: "sales").category("routing") == 0)
    #expect(card.score("I'll fix it myself.").category("routing") == 0)
  }

  @Test func aTransferIsARoutingErrorWhenTheAgentShouldResolveIt() throws {
    let card = try F.scorecard(criteria, route: .none)
    #expect(card.score("Fixed.").category("routing") == 100)
    #expect(card.score("Transferring.", route: "billing").category("routing") == 0)
  }

  @Test func leavesCriteriaThatDoNotApplyOutOfTheScore() throws {
    let warm = F.criterion(
      "warm-transfer", "routing", appliesWhen: Applicability(transferred: true), .any(["will take over"]))
    let card = try F.scorecard(
      [F.criterion("apologises", "empathy", .any(["sorry"])), warm], route: .any)
    let score = card.score("Sorry about that.")
    #expect(score.category("routing") == nil)
    #expect(score.criteria[1].applicable == false)
    #expect(score.score == 100)
    let transferred = card.score("Sorry. Billing will take over.", route: "billing")
    #expect(transferred.category("routing") == 100)
  }

  @Test func aCategoryWithNothingApplicableIsNotZero() throws {
    let card = try F.scorecard(
      [F.criterion("apologises", "empathy", .any(["sorry"])), F.criterion("r", "routing", .route)],
      route: .any)
    let score = card.score("Sorry!")
    #expect(score.category("routing") == nil)
    #expect(score.category("accuracy") == nil)
    #expect(score.score == 100)
  }

  @Test func checksPatternsLengthAndCounts() throws {
    let card = try F.scorecard([
      F.criterion(
        "window", "accuracy", .pattern(#"\b(3|three)\s*(-|to)\s*(5|five) (business |working )?days\b"#)),
      F.criterion("short", "empathy", .length(LengthBounds(maxWords: 8))),
      F.criterion("not-grovelling", "empathy", .maxCount(phrases: ["sorry", "apologi*"], max: 2)),
    ])
    let good = card.score("Sorry! Three to five working days.")
    #expect(good.criteria.map(\.met) == [true, true, true])
    #expect(good.criteria[0].evidence == "Three to five working days")
    let bad = card.score("Sorry, so sorry, I apologise, it takes a week or two, sorry.")
    #expect(bad.criteria.map(\.met) == [false, false, false])
    #expect(bad.criteria[2].note == "4 times; at most 2")
  }

  @Test func appliesTheTimeLimitPenalty() throws {
    let card = try F.scorecard(
      [F.criterion("apologises", "empathy", .any(["sorry"]))], timeLimit: TimeLimit(seconds: 60, penalty: 25))
    #expect(card.score("Sorry!", elapsed: 30).score == 100)
    let late = card.score("Sorry!", elapsed: 95)
    #expect(late.score == 75)
    #expect(late.notes == ["replied after 95 s, over the 60 s limit: 25 points off"])
  }

  @Test func scoresOnlyThePrefixOfAVeryLongReply() throws {
    let card = try F.scorecard([F.criterion("late", "accuracy", .any(["needle"]))])
    let reply = String(repeating: "word ", count: 5_000) + "needle"
    let score = card.score(reply)
    #expect(!score.criteria[0].met)
    #expect(score.notes == ["the reply is 25006 characters long; only the first 20000 were scored"])
  }

  @Test func scoresInParallelInOrder() throws {
    let card = try F.scorecard(criteria)
    let replies = (0..<200).map { ($0 % 2 == 0 ? "sorry \($0)" : "calm down \($0)", nil as String?) }
    let scores = ParallelScoring.score(replies, with: card)
    #expect(scores.count == 200)
    #expect(scores.enumerated().allSatisfy { ($0.offset % 2 == 0) == $0.element.criticalFailures.isEmpty })
  }
}
