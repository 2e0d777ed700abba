import FrontlineModel
import Testing

/// A string made from scalars is the string of those scalars, whether or not they are ASCII.
@Suite struct StringScalarsTests {
  @Test(arguments: ["", "a", "refund", "can't", "\u{0}\u{7F}", "é", "¥980", "申し訳ございません", "🙇‍♀️ ok"])
  func isTheTextOfItsScalars(_ text: String) {
    let scalars = Array(text.unicodeScalars)
    let made = String(scalars: scalars)
    #expect(made == text)
    #expect(Array(made.utf8) == Array(text.utf8))
    #expect(String(scalars: scalars.dropFirst()) == String(String.UnicodeScalarView(scalars.dropFirst())))
  }
}
