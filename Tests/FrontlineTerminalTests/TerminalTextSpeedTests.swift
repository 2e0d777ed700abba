import Testing

@testable import FrontlineTerminal

/// Making text terminal-safe takes time in proportion to its length, whatever it holds: a pasted
/// 5 MB line or 100,000 control characters are shown in a moment, not in seconds.
@Suite struct TerminalTextSpeedTests {
  private func seconds(_ work: () -> Void) -> Double {
    let start = ContinuousClock.now
    work()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }

  @Test func oneHundredThousandControlCharactersAreShownInAMoment() {
    let text = String(repeating: "\u{9B}", count: 100_000)
    var shown = ""
    let elapsed = seconds { shown = TerminalText.sanitize(text) }
    #expect(shown == String(repeating: "<U+9B>", count: 100_000))
    #expect(elapsed < 5, "100,000 × U+009B took \(elapsed) s")
    let escapes = String(repeating: "\u{1B}\u{7F}\t", count: 100_000)
    #expect(seconds { shown = TerminalText.oneLine(escapes) } < 5)
    #expect(shown == String(repeating: "^[^? ", count: 100_000))
  }

  @Test func eightTimesTheControlCharactersTakeAboutEightTimesAsLong() {
    // Measured as a ratio, so that a busy machine does not matter: quadratic time would make it 64.
    // The best of five runs each, so that a moment the scheduler takes the core away does not count.
    let short = String(repeating: "\u{9B}\u{1B}", count: 25_000)
    let long = String(repeating: short, count: 8)
    var shown = ""
    let once = (0..<5).map { _ in seconds { shown = TerminalText.sanitize(short) } }.min() ?? 0
    let eight = (0..<5).map { _ in seconds { shown = TerminalText.sanitize(long) } }.min() ?? 0
    #expect(shown.utf8.count == 8 * 25_000 * 8)
    #expect(eight < once * 24 + 0.5, "8× the text took \(eight) s against \(once) s")
  }

  @Test func aFiveMegabyteLineIsShownInLinearTime() {
    let line = String(repeating: "I am sorry. ", count: 5 * 1024 * 1024 / 12) + "\u{1B}[2J"
    var shown = ""
    let elapsed = seconds { shown = TerminalText.sanitize(line) }
    #expect(shown.hasSuffix("I am sorry. ^[[2J"))
    #expect(elapsed < 20, "a 5 MB line took \(elapsed) s")
  }

  @Test func textWithNothingToShowDifferentlyIsReturnedAsItIs() {
    let text = "佐藤 花子様 café\nsecond line"
    #expect(TerminalText.sanitize(text) == text)
    #expect(TerminalText.oneLine(text) == "佐藤 花子様 café second line")
  }
}
