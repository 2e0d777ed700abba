import FrontlineModel
import Testing

/// Quantities read as values with units, in English and Japanese.
@Suite struct QuantityParserTests {
  private func only(_ text: String) throws -> Quantity {
    let mentions = QuantityParser.mentions(in: Array(text.lowercased().unicodeScalars))
    try #require(mentions.count == 1, "\(text): \(mentions)")
    return mentions[0].quantity
  }

  @Test func wordsAndDigitsAreTheSameDuration() throws {
    let policy = try #require(QuantityParser.value("3-5 business days"))
    for said in [
      "three to five working days", "3 to 5 business days", "3–5 bank days", "between 3 and 5 business days",
    ] {
      #expect(try only(said).agrees(with: policy), "\(said)")
    }
    #expect(try !only("7-10 business days").agrees(with: policy))
    #expect(try only("24 hours").isSooner(than: policy))
    #expect(try only("within a week").agrees(with: policy))
  }

  @Test func moneyDataAndPricesPerUnit() throws {
    #expect(try only("$89.00").agrees(with: #require(QuantityParser.value("$89"))))
    #expect(try !only("$98").agrees(with: #require(QuantityParser.value("$89"))))
    #expect(try !only("30 MB").agrees(with: #require(QuantityParser.value("30 GB"))))
    #expect(try only("30gb").agrees(with: #require(QuantityParser.value("30 GB"))))
    #expect(try !only("$2.05 per GB").agrees(with: #require(QuantityParser.value("$2.05 per MB"))))
    #expect(try only("月額980円").agrees(with: #require(QuantityParser.value("¥980/month"))))
    #expect(try only("30,000円").agrees(with: #require(QuantityParser.value("¥30,000"))))
  }

  @Test func japaneseDurationsAndCounts() throws {
    #expect(try only("2営業日以内").agrees(with: #require(QuantityParser.value("2 business days"))))
    #expect(try only("3か月").agrees(with: #require(QuantityParser.value("3 months"))))
    #expect(try only("二週間").agrees(with: #require(QuantityParser.value("14 days"))))
    #expect(try only("3件").agrees(with: #require(QuantityParser.value("3件"))))
  }

  @Test func relativeTimesAndThingsThatAreNotQuantities() throws {
    #expect(try only("today").relative)
    #expect(try only("本日").relative)
    #expect(QuantityParser.mentions(in: Array("order a1042 and model kt-200".unicodeScalars)).isEmpty)
    #expect(QuantityParser.mentions(in: Array("十分です".unicodeScalars)).isEmpty)
    #expect(QuantityParser.mentions(in: Array("5月10日にお届け".unicodeScalars)).isEmpty)
    #expect(QuantityParser.mentions(in: Array("on a day you had off".unicodeScalars)).isEmpty)
    #expect(QuantityParser.value("soon") == nil)
  }

  @Test func compoundFiguresLargeJapaneseNumbersAndCents() throws {
    #expect(try only("a 90-day hold").agrees(with: #require(QuantityParser.value("90 days"))))
    #expect(try !only("a 90-day hold").agrees(with: #require(QuantityParser.value("30 days"))))
    #expect(try only("a 24-hour line").agrees(with: #require(QuantityParser.value("1 day"))))
    #expect(try only("12万6千円").agrees(with: #require(QuantityParser.value("126,000円"))))
    #expect(try only("18万円").agrees(with: #require(QuantityParser.value("180,000円"))))
    #expect(try only("6千円").agrees(with: #require(QuantityParser.value("6,000円"))))
    #expect(try only("1万2000円").agrees(with: #require(QuantityParser.value("12,000円"))))
    #expect(
      try only("eleven dollars and twenty cents").agrees(with: #require(QuantityParser.value("$11.20"))))
    #expect(try !only("eleven dollars and twenty cents").agrees(with: #require(QuantityParser.value("$11"))))
    // 一件ずつ is "one at a time", not a count of one.
    #expect(QuantityParser.mentions(in: Array("一件ずつ確認します".unicodeScalars)).isEmpty)
    #expect(try only("3件").agrees(with: #require(QuantityParser.value("3件"))))
  }
}
