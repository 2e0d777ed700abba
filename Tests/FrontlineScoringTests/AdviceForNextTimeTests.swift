import FrontlineLoading
import FrontlineModel
import Testing

@testable import FrontlineScoring

/// Advice about next time reads as blame in either language, however it is put: "don't forget to"
/// and お忘れなく tell the customer to do it, they do not negate it (house rule `no-advice-for-next-time`).
@Suite struct AdviceForNextTimeTests {
  private func advises(_ reply: String, scenario id: String) throws -> Bool {
    try !ScoringFixtures.bundledResult("no-advice-for-next-time", for: reply, scenario: id).met
  }

  @Test(arguments: [
    ("I'm sorry, Dana. Next time, don't forget to choose express at checkout.", "late-delivery-refund"),
    ("I'm sorry, Dana. In future, make sure you choose express.", "late-delivery-refund"),
    ("井上様、料金は8,030円です。次回以降はご注文時にお忘れなくお願いいたします。", "fridge-recycling-pickup-ja"),
    ("井上様、料金は8,030円です。次回はお申し込みを忘れずにお願いします。", "fridge-recycling-pickup-ja"),
  ])
  func adviceForNextTimeIsCaught(reply: String, scenario: String) throws {
    #expect(try advises(reply, scenario: scenario), "\(reply)")
  }

  @Test(arguments: [
    ("I'm sorry, Dana. Next time you order, your express upgrade is on us.", "late-delivery-refund"),
    ("井上様、料金は8,030円です。土曜日に一緒にお引き取りします。", "fridge-recycling-pickup-ja"),
  ])
  func aReplyWithoutAdviceIsNot(reply: String, scenario: String) throws {
    #expect(!(try advises(reply, scenario: scenario)), "\(reply)")
  }
}
