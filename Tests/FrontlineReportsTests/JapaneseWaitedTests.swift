import Foundation
import FrontlineReports
import FrontlineText
import Testing

/// How long something has waited, and when, as the Japanese review queue says it.
@Suite struct JapaneseWaitedTests {
  @Test func theLargestWholeUnitInJapanese() {
    let start = Date(timeIntervalSince1970: 1_790_000_000)
    let japanese = Localizer.japanese
    #expect(Timestamp.waited(from: start, to: start + 59, localizer: japanese) == "1分未満")
    #expect(Timestamp.waited(from: start, to: start + 60, localizer: japanese) == "1分")
    #expect(Timestamp.waited(from: start, to: start + 7_200, localizer: japanese) == "2時間")
    #expect(Timestamp.waited(from: start, to: start + 86_400 * 3.5, localizer: japanese) == "3日")
    #expect(Timestamp.waited(from: start, to: start + 86_400 * 20, localizer: japanese) == "2週間")
  }
}
