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

  /// Asked what to do, a customer is answered by an instruction put first; a statement of the facts is
  /// not an answer to them.
  @Test func anInstructionAnswersWhatToDo() throws {
    let scenario = "card-reader-firmware-outage-escalation"
    #expect(
      try acknowledged(
        "Insert the card, don't tap. Chip and PIN works.", scenario: scenario, step: "still-failing"))
    #expect(
      !(try acknowledged(
        "Chip and PIN works. The readers got firmware 4.2.", scenario: scenario, step: "still-failing")))
  }

  /// Refusing to apologise is a refusal; declining to promise an apology that someone else decides is
  /// honesty about it.
  @Test func decliningToPromiseIsNotRefusing() throws {
    func refusesNot(_ reply: String, scenario: String) throws -> Bool {
      try ScoringFixtures.bundledResult("no-refused-apology", for: reply, scenario: scenario).met
    }
    let osechi = "new-year-osechi-damaged-ja"
    #expect(try refusesNot("書面のお詫びについては、私ではお約束できず、責任者が判断いたします。", scenario: osechi))
    #expect(!(try refusesNot("書面でのお詫びはいたしかねます。", scenario: osechi)))
    let refund = "late-delivery-refund"
    #expect(
      try refusesNot("I can't promise a written apology from the CEO; the manager decides.", scenario: refund)
    )
    #expect(!(try refusesNot("I'm not going to apologise for the courier.", scenario: refund)))
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
