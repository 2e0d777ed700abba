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
}
