import Foundation
import FrontlineLoading
import FrontlineModel
import Testing

@testable import FrontlineScoring

/// "If you had" blames the customer only as a past conditional about what they did not do; offers,
/// requests and sympathy keep the words and mean no blame (house rule `no-blame-demands`).
@Suite struct BlamePrincipleTests {
  private func blames(_ reply: String) throws -> Bool {
    let library = LibraryQualityTests.library
    let scenario = try #require(library.scenario("late-delivery-refund"))
    let card = try CompiledScorecard(Scorecard.forStep(scenario.steps[0], in: scenario, library: library))
    let rule = try #require(card.score(reply, route: nil).criteria.first { $0.id == "no-blame-demands" })
    return !rule.met
  }

  @Test(arguments: [
    "I'm sorry, Dana. If you'd told us about the birthday we could have sent it express.",
    "I'm sorry, Dana. If you had checked the tracking, you would have seen the delay.",
    "I'm sorry, Dana. If you had let us know sooner, we could have done more.",
    "I'm sorry, Dana. If you'd picked express at checkout it would be there by now.",
  ])
  func aPastConditionalAboutTheCustomerBlames(reply: String) throws {
    #expect(try blames(reply))
  }

  @Test(arguments: [
    "I'm sorry, Dana. If you'd like, I can refund the full $89 now.",
    "I'm sorry, Dana. If you'd still rather have the headphones, I can send a new pair by express.",
    "I'm sorry, Dana. If you'd let me know which you prefer, I'll do it right away.",
    "I'm so sorry if you had to chase us, Dana.",
  ])
  func anOfferARequestOrSympathyDoesNot(reply: String) throws {
    #expect(!(try blames(reply)))
  }
}
