import Testing

@testable import FrontlineScoring

@Suite struct NormalizerTests {
  private func normalized(_ text: String) -> String { TextNormalizer.normalize(text).string }

  @Test func foldsCaseQuotesDashesAndSpace() {
    #expect(normalized("  I’M  SO\tsorry —\n“really”  ") == "i'm so sorry - \"really\"")
    #expect(normalized("3–5 business days") == "3-5 business days")
  }

  @Test func foldsFullWidthAndHalfWidthForms() {
    #expect(normalized("ＫＴ－２００") == "kt-200")
    #expect(normalized("ｶﾞｲﾄﾞ") == "ガイド")
    #expect(normalized("　全角スペース　") == "全角スペース")
  }

  @Test func composesDecomposedAccents() {
    #expect(normalized("cafe\u{301}") == "café")
    #expect(normalized("CAFÉ") == "café")
  }

  @Test func mapsEvidenceBackToTheOriginalWords() {
    let text = TextNormalizer.normalize("Hi  DANA, I’m sorry")
    let normalized = text.string
    let start = normalized.distance(
      from: normalized.startIndex, to: normalized.range(of: "i'm sorry")!.lowerBound)
    #expect(text.originalText(start, start + 9) == "I’m sorry")
    #expect(text.originalOffsets(start, start + 9) == 10..<19)
  }
}
