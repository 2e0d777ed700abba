import FrontlineTerminal
import Testing

@Suite struct TextTableTests {
  @Test func linesColumnsUpByDisplayWidth() throws {
    let lines = TextTable.lines([
      ["TRAINEE", "LEVEL", "PASS"],
      ["佐藤 花子", "Agent", "83%"],
      ["Marcus Webb", "Senior agent", "100%"],
      ["Zoë 🎧", "Trainee", "-"],
    ])
    #expect(
      lines == [
        "TRAINEE      LEVEL         PASS",
        "佐藤 花子    Agent         83%",
        "Marcus Webb  Senior agent  100%",
        "Zoë 🎧       Trainee       -",
      ])
    // The second column starts at the same display column on every line.
    for (line, level) in zip(lines, ["LEVEL", "Agent", "Senior agent", "Trainee"]) {
      let before = try #require(line.range(of: level)).lowerBound
      #expect(TerminalText.width(of: String(line[..<before])) == 13)
    }
  }

  @Test func emojiAndWideCharactersTakeTwoColumns() {
    #expect(TerminalText.width(of: "🎧") == 2)
    #expect(TerminalText.width(of: "✅") == 2)
    #expect(TerminalText.width(of: "❤️") == 2)
    #expect(TerminalText.width(of: "🇯🇵") == 2)
    #expect(TerminalText.width(of: "カスタマー") == 10)
    #expect(TerminalText.width(of: "✓ ✗ ● █") == 7)
    #expect(TerminalText.padded("佐藤", to: 6) == "佐藤  ")
    #expect(TerminalText.leftPadded("7", to: 3) == "  7")
    #expect(TerminalText.padded("too wide", to: 3) == "too wide")
  }
}
