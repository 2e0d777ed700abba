import FrontlineModel
import Testing

/// One rule for every name a command is given: trimmed, never empty, no control characters, at most
/// 80 characters, refused rather than rewritten.
@Suite struct TraineeNameTests {
  @Test func trimsSpacesAroundAndKeepsThemInside() throws {
    #expect(try TraineeName("dana ").text == "dana")
    #expect(try TraineeName("  Sam Carter ").text == "Sam Carter")
    #expect(try TraineeName("\u{3000}田中 花子\u{3000}").text == "田中 花子")
    #expect(try TraineeName("dana ") == TraineeName("dana"))
  }

  @Test func acceptsNamesInAnyScript() throws {
    for name in ["田中 花子", "José Núñez", "Zoë", "O'Brien-Smith", "김민준", "👩🏽‍💻 Ada"] {
      #expect(try TraineeName(name).text == name)
    }
  }

  @Test func refusesAnEmptyName() {
    #expect(throws: TraineeName.Problem.empty) { try TraineeName("") }
    #expect(throws: TraineeName.Problem.empty) { try TraineeName("   ") }
    #expect(TraineeName.Problem.empty.description == "a name cannot be empty")
  }

  @Test func refusesControlCharactersAnywhereInsteadOfShowingThem() {
    #expect(throws: TraineeName.Problem.controlCharacter("\u{1B}", position: 7)) {
      try TraineeName("nobody\u{1B}[2J")
    }
    for bad in [
      "a\tb", "a\nb", "dana\n", "x\u{7F}", "x\u{9B}y", "x\u{85}", "\u{202E}evil", "a\u{2028}b", "\u{0}",
    ] {
      #expect(throws: TraineeName.Problem.self) { try TraineeName(bad) }
    }
    let message = String(describing: TraineeName.Problem.controlCharacter("\u{1B}", position: 7))
    #expect(
      message
        == "a name cannot contain control characters, and this one has U+001B at character 7; type it as plain text"
    )
  }

  @Test func countsCharactersAsAReaderDoes() throws {
    let longest = String(repeating: "x", count: 80)
    #expect(try TraineeName(longest).text == longest)
    #expect(throws: TraineeName.Problem.tooLong(85)) { try TraineeName(longest + "alice") }
    #expect(throws: TraineeName.Problem.tooLong(83)) { try TraineeName(longest + "bob") }
    // 80 Japanese characters are 240 bytes, and still a name.
    #expect(try TraineeName(String(repeating: "花", count: 80)).text.count == 80)
    #expect(throws: TraineeName.Problem.tooLong(81)) { try TraineeName(String(repeating: "花", count: 81)) }
    #expect(
      TraineeName.Problem.tooLong(85).description == "a name has at most 80 characters, and this one has 85")
  }

  @Test func aHugeNameIsRefusedQuickly() {
    let start = ContinuousClock.now
    #expect(throws: TraineeName.Problem.tooLong(5_000_000)) {
      try TraineeName(String(repeating: "x", count: 5_000_000))
    }
    // A fraction of a second alone; the bound is loose for a machine busy with the rest of the suite.
    #expect(ContinuousClock.now - start < .seconds(30))
  }
}
