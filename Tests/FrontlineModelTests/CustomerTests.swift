import FrontlineModel
import Testing

@Suite struct CustomerTests {
  @Test func splitsWesternNamesGivenNameFirst() {
    let split = Customer.splitName("Dana Reyes", language: "en")
    #expect(split.given == "Dana")
    #expect(split.family == "Reyes")
  }

  @Test func splitsJapaneseNamesFamilyNameFirst() {
    let split = Customer.splitName("佐藤 花子", language: "ja")
    #expect(split.given == "花子")
    #expect(split.family == "佐藤")
  }

  @Test func keepsASingleWordAsBoth() {
    let split = Customer.splitName("Priya", language: "en-GB")
    #expect(split.given == "Priya")
    #expect(split.family == "Priya")
  }
}
