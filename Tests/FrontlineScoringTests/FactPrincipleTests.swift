import Foundation
import FrontlineLoading
import FrontlineModel
import Testing

@testable import FrontlineScoring

/// Facts are judged by what a sentence is about, on the bundled scenarios: a guarantee over-promises an
/// estimate only when it is about the estimate.
@Suite struct FactPrincipleTests {
  private func factsStated(_ reply: String, scenario id: String) throws -> Bool {
    try ScoringFixtures.bundledResult("states-facts-correctly", for: reply, scenario: id).met
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

  /// The customer's own figures, given back to them, are about their situation, not policy.
  @Test func theCustomersOwnFiguresAreNotWrongFacts() throws {
    #expect(
      try factsStated(
        "Dear Jordan, I'm so sorry. I've flagged your claim as time-critical because of your flight in eight days: Returns will answer within 2 business days.",
        scenario: "engagement-ring-lost-parcel-escalation"))
  }

  /// Arithmetic on right figures the reply states is worked out, not wrong; wrong arithmetic is wrong.
  @Test func aFigureWorkedOutFromRightOnesIsRight() throws {
    let scenario = "rental-car-second-driver-suv-upgrade"
    #expect(
      try factsStated(
        "I understand. Upgrades at pickup are $25 a day extra, so $225 over nine days.", scenario: scenario))
    #expect(
      !(try factsStated(
        "I understand. Upgrades at pickup are $25 a day extra, so $250 over nine days.", scenario: scenario)))
  }

  /// A zero amount says there is no charge, in either language.
  @Test func aZeroAmountIsNoCharge() throws {
    #expect(
      try factsStated(
        "石川様、3名様1室に変更できます。人数追加・お部屋タイプ変更の手数料は0円です。",
        scenario: "kyoto-trip-add-mother-cancel-cover-ja"))
  }

  /// A gift the knowledge base never mentions but to rule out, offered, is invented in every scenario;
  /// one it provides for is not.
  @Test func aGiftPolicyNeverMentionsIsInvented() throws {
    #expect(
      !(try factsStated(
        "I'm so sorry, Aisha. Given the day you're having, I've given you a free month of service.",
        scenario: "regional-mobile-outage-complaint")))
    #expect(
      try factsStated(
        "I'm so sorry, Aisha. You'll get an automatic $5 credit on your next bill.",
        scenario: "regional-mobile-outage-complaint"))
    #expect(
      !(try factsStated(
        "高橋様、申し訳ございません。お詫びのしるしとして、3,000円分のポイントを付与いたします。",
        scenario: "unrecognised-charges-ja")))
    #expect(
      !(try factsStated(
        "I'm sorry for all this, Mr Reyes. I've added a $75 goodwill credit to your account for the inconvenience.",
        scenario: "final-bill-collections-legal-threat")))
    #expect(
      try factsStated(
        "藤井様、本当に申し訳ございません。次回使える3,000円分のお詫びクーポン（有効期限1年）もお渡しします。",
        scenario: "new-year-osechi-damaged-ja"))
  }

  /// A relative time glossed by the declared figure beside it says what the figure says.
  @Test func aRelativeTimeGlossedByTheFigureIsTheFigure() throws {
    let scenario = "child-in-game-purchases-ja"
    #expect(
      try factsStated(
        "岡田様、申し込みの書類は明日の営業時間中（1営業日以内）に届き、書類の受領から10営業日以内に審査の結果をお知らせします。",
        scenario: scenario))
    #expect(
      !(try factsStated("岡田様、審査の結果は明日届きます。", scenario: scenario)))
  }

  /// A guarantee of money, a time or a lasting fix that others decide over-promises in every scenario;
  /// a promise of what the speaker does, or of what policy does, is theirs to give.
  @Test func aGuaranteeOfAnOutcomeOverpromises() throws {
    let card = "replacement-card-activation"
    #expect(
      !(try factsStated(
        "Hi Marcus. I can guarantee the payment will go through, so the gym is sorted.", scenario: card)))
    #expect(
      try factsStated(
        "Hi Marcus. I promise I'll call you back tomorrow once the card is live.", scenario: card))
    let alarm = "personal-alarm-missed-fall"
    #expect(!(try factsStated("Mr Webb, I can promise you this can't happen again.", scenario: alarm)))
    #expect(try factsStated("Mr Webb, I can't promise it can never happen again.", scenario: alarm))
    let charges = "unrecognised-charges-ja"
    #expect(!(try factsStated("高橋様、3件とも必ず全額返金されますので、ご安心ください。", scenario: charges)))
    #expect(!(try factsStated("高橋様、全額返金されることをお約束します。", scenario: charges)))
    #expect(try factsStated("高橋様、審査の結果は必ずご報告いたします。", scenario: charges))
    #expect(try factsStated("高橋様、いただいた内容は担当に確実にお伝えします。", scenario: charges))
  }

  /// A figure said as a lower bound ("more than 2 business days", 4台以上) agrees with any value at or
  /// above it: it is wrong only when policy's value is below it.
  @Test func aLowerBoundAgreesWithAnyValueAboveIt() throws {
    let roaming = "roaming-before-japan-trip"
    #expect(
      try factsStated("Hi Daniel. The Global pass lasts more than 20 days from first use.", scenario: roaming)
    )
    #expect(
      !(try factsStated(
        "Hi Daniel. The Global pass lasts at least 40 days from first use.", scenario: roaming)))
    #expect(!(try factsStated("Hi Daniel. The Global pass lasts 20 days from first use.", scenario: roaming)))
  }

  /// A figure that qualifies another declared figure in its own clause is about what that clause names,
  /// not about a fact named elsewhere in the sentence.
  @Test func aFigureIsAboutWhatItsOwnClauseNames() throws {
    let roaming = "roaming-before-japan-trip"
    #expect(
      try factsStated(
        "Hi Daniel. Pay-as-you-go is $1.79 a minute for calls, and about 150 MB of maps in a day can cost over $300.",
        scenario: roaming))
    #expect(
      !(try factsStated(
        "Hi Daniel. Pay-as-you-go is $1.79 a minute for calls, and the Global pass has 90 minutes of calls.",
        scenario: roaming)))
  }

  /// A relative time dates what its own clause says arrives, not another thing in the sentence.
  @Test func aRelativeTimeDatesWhatItsClauseSaysArrives() throws {
    let refund = "late-delivery-refund"
    #expect(
      try factsStated(
        "Sorry, Dana. The $89 refund reaches you in 3-5 business days, and you'll get a confirmation email straight away.",
        scenario: refund))
    #expect(
      !(try factsStated("Sorry, Dana. The $89 refund reaches your card straight away.", scenario: refund)))
  }

  /// A figure said as an approximation ("about $90", 5,000円ほど) agrees with the value rounded; a
  /// figure said exactly, or rounded to another value, does not.
  @Test func anApproximationAgreesWithTheValueRounded() throws {
    let refund = "late-delivery-refund"
    #expect(try factsStated("Sorry, Dana. I'll refund about $90 to your card today.", scenario: refund))
    #expect(!(try factsStated("Sorry, Dana. I'll refund $90 to your card today.", scenario: refund)))
    #expect(!(try factsStated("Sorry, Dana. I'll refund about $120 to your card today.", scenario: refund)))
    let kettle = "defective-kettle-ja"
    #expect(try factsStated("申し訳ございません。代金の5,000円ほどを全額ご返金いたします。", scenario: kettle))
    #expect(!(try factsStated("申し訳ございません。代金の6,000円ほどを全額ご返金いたします。", scenario: kettle)))
  }
}
