import FrontlineModel

/// The words of a text in a spaced script, with the punctuation between them, for reading clauses and
/// negation scope.
struct EnglishWords: Sendable {
  struct Word: Sendable {
    let range: Range<Int>
    /// The word as a key: lower case, apostrophes dropped ("can't" -> "cant").
    let key: String
    /// A function word or common verb (see ``EnglishGrammar``).
    let grammatical: Bool
    /// A word that makes a clause (see ``EnglishGrammar/isClausal(_:)``).
    let clausal: Bool
    /// Whether a clause break (`,`, `;`, `.`, `:`, `!`, `?`, a bracket, a quote) stands between this word
    /// and the one before it.
    let breakBefore: Bool
    /// Whether a sentence ends between this word and the one before it (a `;` counts).
    let sentenceBefore: Bool
    /// Whether a full stop, `!` or `?` stands between this word and the one before it.
    let fullStopBefore: Bool
    let isNumber: Bool
    /// What the word does for negation scope (``Negation/Role``), looked up once.
    let role: Negation.Role
  }

  let words: [Word]

  init(_ text: [Unicode.Scalar]) {
    var words: [Word] = []
    var position = 0
    var pendingBreak = false
    var pendingSentence = false
    var pendingStop = false
    while position < text.count {
      let scalar = text[position]
      if ScriptClass.isWord(scalar) {
        let start = position
        while position < text.count,
          ScriptClass.isWord(text[position])
            || (text[position] == "'" && position + 1 < text.count && ScriptClass.isWord(text[position + 1]))
            || (Self.isDigit(text[position - 1]) && (text[position] == "." || text[position] == ",")
              && position + 1 < text.count && Self.isDigit(text[position + 1]))
        {
          position += 1
        }
        let key = Self.key(text[start..<position])
        let isNumber = text[start..<position].allSatisfy { Self.isDigit($0) || $0 == "." || $0 == "," }
        let kind = EnglishWordKind.of(key)
        words.append(
          Word(
            range: start..<position, key: key, grammatical: kind.grammatical, clausal: kind.clausal,
            breakBefore: pendingBreak, sentenceBefore: pendingSentence, fullStopBefore: pendingStop,
            isNumber: isNumber, role: kind.role))
        pendingBreak = false
        pendingSentence = false
        pendingStop = false
        continue
      }
      if ScriptClass.isClauseBreak(scalar) || scalar == "—" || scalar == "–" { pendingBreak = true }
      // A full stop inside an address or a name ("example.com") ends nothing.
      let inside = scalar == "." && position + 1 < text.count && ScriptClass.isWord(text[position + 1])
      if Self.endsSentence(scalar) && !inside {
        pendingSentence = true
        if scalar != ";" { pendingStop = true }
      }
      position += 1
    }
    self.words = words
  }

  /// The key of a word: its scalars without apostrophes, built without Foundation.
  private static func key(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    scalars.contains("'") ? String(scalars: scalars.filter { $0 != "'" }) : String(scalars: scalars)
  }

  /// The index of the first word that starts at or after `position`.
  func firstWord(atOrAfter position: Int) -> Int {
    var low = 0
    var high = words.count
    while low < high {
      let middle = (low + high) / 2
      if words[middle].range.lowerBound < position { low = middle + 1 } else { high = middle }
    }
    return low
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

  static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ".", "!", "?", ";", "\n", "。", "！", "？": true
    default: false
    }
  }
}
