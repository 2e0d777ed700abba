import Foundation
import FrontlineLoading
import FrontlineModel
import Testing

@testable import FrontlineScoring

/// Facts are judged by what a sentence is about, on the bundled scenarios: a guarantee over-promises an
/// estimate only when it is about the estimate.
@Suite struct FactPrincipleTests {
  private func factsStated(_ reply: String, scenario id: String) throws -> Bool {
    let library = LibraryQualityTests.library
    let scenario = try #require(library.scenario(id))
    let card = try CompiledScorecard(Scorecard.forStep(scenario.steps[0], in: scenario, library: library))
    let result = try #require(
      card.score(reply, route: nil).criteria.first { $0.id == "states-facts-correctly" })
    return result.met
  }

  @Test func aGuaranteeOfSomethingElseDoesNotPromiseTheEstimate() throws {
    let scenario = "dishwasher-out-of-warranty-protection-plan"
    #expect(
      try factsStated(
        "I'm sorry, Mr Whitfield. The repair is guaranteed for 90 days, and the estimate is $180-$240.",
        scenario: scenario))
    #expect(
      !(try factsStated(
        "I'm sorry, Mr Whitfield. I guarantee the repair will cost $180-$240.", scenario: scenario)))
  }

  @Test func aGuaranteeThatMoneyArrivesPromisesTheTimeEstimate() throws {
    let scenario = "wallet-balance-payout-ja"
    #expect(!(try factsStated("申請いただければ、翌営業日には必ず口座へ入金されます。", scenario: scenario)))
  }

  /// A figure the knowledge base states about the same thing is policy repeated, typed as a fact or
  /// not; the same figure about another thing is still wrong.
  @Test func aFigureTheKnowledgeBaseStatesAboutTheSameThingIsPolicy() throws {
    #expect(
      try factsStated(
        "I'm sorry, Jordan. For anything over $1,000 the courier investigation has to come first, before a refund.",
        scenario: "engagement-ring-lost-parcel-escalation"))
    // The knowledge base's 30 days are the reminder's, not the refund window's (14 days).
    #expect(
      !(try factsStated(
        "I'm sorry, Sofia. I can't refund it: refunds are available within 30 days of a renewal.",
        scenario: "annual-renewal-refund-refused")))
  }

  /// A sentence that states its fact right has its figures in other units about other things; a
  /// figure in the same unit worked out wrong from a right one is wrong.
  @Test func aRightFigureExcusesOthersOnlyInOtherUnits() throws {
    #expect(
      try factsStated(
        "Sofia, I'm sorry: refunds are possible for 14 days after the renewal of a 12-month plan.",
        scenario: "annual-renewal-refund-refused"))
    #expect(
      !(try factsStated(
        "Sofia, I'm sorry: refunds are possible for 14 days after a renewal, so 16 days in all.",
        scenario: "annual-renewal-refund-refused")))
  }
}
