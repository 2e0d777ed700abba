import FrontlineLoading
import FrontlineModel
import Testing

@testable import FrontlineScoring

/// An upset customer is acknowledged: in the first reply in words for how they feel; in a follow-up,
/// where they have been heard already, answering their question first also does.
@Suite struct AcknowledgementTests {
  private func acknowledged(_ reply: String, scenario id: String, step: String) throws -> Bool {
    try ScoringFixtures.bundledResult(
      "acknowledges-upset-customer", for: reply, scenario: id, step: step, mood: .angry
    ).met
  }

  @Test func aFollowUpThatAnswersFirstAcknowledges() throws {
    let scenario = "account-takeover-fraud-orders"
    #expect(
      try acknowledged(
        "Yes, Grace, they're stopped. The security hold has paused both orders.", scenario: scenario,
        step: "still-scared"))
    #expect(
      !(try acknowledged(
        "The orders have status paused under the security hold.", scenario: scenario, step: "still-scared")))
    #expect(
      try acknowledged(
        "はい、今日なんとかなります。本日17時から19時に代わりのベッドをお持ちします。", scenario: "care-bed-breakdown-ja",
        step: "still-no-bed"))
  }

  @Test func aFirstReplyMustAcknowledgeInWords() throws {
    let scenario = "account-takeover-fraud-orders"
    let opening = try #require(LibraryQualityTests.library.scenario(scenario)?.steps.first?.id)
    #expect(
      !(try acknowledged(
        "Yes, Grace. I've placed a security hold, so both orders are paused.", scenario: scenario,
        step: opening)))
  }
}
