import Testing

@testable import FrontlineTerminal

@Suite struct TerminalTextTests {
  @Test func makesControlCharactersVisible() {
    #expect(TerminalText.sanitize("red \u{1B}[31mtext\u{07}") == "red ^[[31mtext^G")
    #expect(TerminalText.sanitize("a\u{7F}b\u{9B}c") == "a^?b<U+9B>c")
    #expect(TerminalText.sanitize("bidi \u{202E}evil") == "bidi <U+202E>evil")
    #expect(TerminalText.sanitize("two\nlines\ttab") == "two\nlines tab")
    #expect(TerminalText.sanitize("one\nline", keepLineBreaks: false) == "one line")
    #expect(TerminalText.oneLine("Eve\u{1B}[2J\r\nX") == "Eve^[[2J  X")
    #expect(TerminalText.sanitize("佐藤 花子様 café") == "佐藤 花子様 café")
  }

  @Test func wrapsAtWordsToTheWidth() {
    let lines = TerminalText.wrap("  the quick brown fox jumps over the lazy dog", columns: 20, indent: "  ")
    #expect(lines == ["  the quick brown", "  fox jumps over the", "  lazy dog"])
    #expect(lines.allSatisfy { TerminalText.width(of: $0) <= 20 })
  }

  @Test func wrapsJapaneseByDisplayWidthWithoutStartingALineWithPunctuation() {
    let text = String(repeating: "あ", count: 9) + "。" + String(repeating: "い", count: 5)
    let lines = TerminalText.wrap(text, columns: 20)
    #expect(lines.first == String(repeating: "あ", count: 9) + "。")
    #expect(lines.allSatisfy { !$0.hasPrefix("。") })
    #expect(TerminalText.width(of: "あい") == 4)
  }
}
