/// A reply read as language rather than as a string: the text phrases are matched in (for Japanese, a
/// stream of base forms), its sentences, which of them are fragments rather than sentences, and the
/// scope of its negations.
struct ReplyReading: Sendable {
  /// One sentence, in the coordinates of ``text``.
  struct Sentence: Sendable {
    let range: Range<Int>
    /// Words (Japanese: morphemes), numbers and symbols left out.
    let words: Int
    /// Of those, the ones that carry grammar: function words and common verbs (Japanese: particles,
    /// auxiliaries, verbs, adjectives).
    let grammatical: Int
    /// Of those, the ones that make a clause: pronouns, articles, auxiliaries and verbs (Japanese:
    /// verbs, auxiliaries, adjectives), which a log line ("Damage within 48 hours.") has none of.
    let clausal: Int
    /// Spaces between Japanese words, which Japanese does not write: `ご安心 詐欺 電源 不要` has three.
    var spacedWords = 0

    /// Two or more words and not one that carries grammar ("Late delivery.", "Credit $89.00."): a
    /// telegraphic line, which counts towards a reply reading as fragments.
    var isTelegraphic: Bool { words >= 2 && clausal == 0 }

    /// A run of five or more words with next to no grammar: a list of keywords, a log line.
    /// Japanese words set apart by spaces, four or more of them, are a list whatever their grammar:
    /// Japanese is written without spaces between words.
    var isFragment: Bool {
      (words >= 5 && Double(grammatical) < Double(words) * (ReplyReading.fragmentRatio)) || spacedWords >= 3
    }
  }

  /// Below this share of grammatical words (English: function words and common verbs), a sentence of five or more words is a fragment.
  static let fragmentRatio = 0.15

  /// The text phrases are matched in.
  let text: NormalizedText
  /// The Japanese reading, when the reply is Japanese and MeCab is available.
  let japanese: JapaneseText?
  let english: EnglishWords
  let sentences: [Sentence]
  /// Whole sentences, to a full stop, `!` or `?` (a `;` does not end one): where a statement of a fact
  /// and what it is about are looked for together.
  let statements: [Range<Int>]

  init(_ normalized: NormalizedText) {
    if normalized.scalars.contains(where: ScriptClass.isUnspaced), let japanese = JapaneseText(normalized) {
      self.japanese = japanese
      text = japanese.stream
      english = EnglishWords(text.scalars)
      sentences = Self.japaneseSentences(japanese, normalized: normalized)
      statements = sentences.map(\.range)
    } else {
      japanese = nil
      text = normalized
      english = EnglishWords(text.scalars)
      sentences = Self.englishSentences(english)
      statements = Self.englishStatements(english, count: normalized.scalars.count)
    }
  }

  private static func englishStatements(_ english: EnglishWords, count: Int) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    for word in english.words where word.fullStopBefore && word.range.lowerBound > start {
      ranges.append(start..<word.range.lowerBound)
      start = word.range.lowerBound
    }
    ranges.append(start..<max(start + 1, count))
    return ranges
  }

  /// The share of the reply's words that stand in fragments, 0-1, leaving out a letter's frame: the
  /// salutation line before its first sentence ("松本 直子 様", "Dear Ms Raman,") and up to two
  /// signature lines after its last ("Sam", "みなと光 カスタマーサポート").
  ///
  /// Items of a bulleted list (`・工事費：無料`, `- Deductible: $250`) are left out too when the reply has
  /// two or more sentences of its own besides them: the list is then how a letter sets out its points,
  /// not the reply. They still earn no credit as statements, being fragments.
  var fragmentShare: Double {
    var body = Array(sentences[letterBody])
    let scalars = text.scalars
    func isListItem(_ sentence: Sentence) -> Bool {
      scalars[sentence.range].first { !$0.properties.isWhitespace }.map { Self.bullets.contains($0) } ?? false
    }
    let sentencesOfItsOwn = body.filter { !isListItem($0) && $0.clausal > 0 && !$0.isFragment }.count
    if sentencesOfItsOwn >= 2 { body.removeAll(where: isListItem) }
    let words = body.reduce(0) { $0 + $1.words }
    guard words > 0 else { return 0 }
    let fragments = body.filter { $0.isFragment || $0.isTelegraphic }
    return Double(fragments.reduce(0) { $0 + $1.words }) / Double(words)
  }

  private static let bullets: Set<Unicode.Scalar> = ["・", "･", "•", "-", "*", "‣", "◦", "●", "■", "◆"]

  /// The sentences between a letter's salutation and its signature (all of them when it has neither):
  /// short lines without a clause that do not end as a sentence does.
  private var letterBody: Range<Int> {
    let scalars = text.scalars
    func framing(_ sentence: Sentence) -> Bool {
      guard sentence.clausal == 0, sentence.words <= 6 else { return false }
      let last = scalars[sentence.range].last { !$0.properties.isWhitespace }
      return last.map { !".!?。！？".unicodeScalars.contains($0) } ?? true
    }
    guard let last = sentences.lastIndex(where: { $0.clausal > 0 }) else { return sentences.indices }
    let start = sentences.count > 1 && framing(sentences[0]) && last > 0 ? 1 : 0
    let signature = sentences.count - 1 - last
    let end = signature <= 2 && sentences[(last + 1)...].allSatisfy(framing) ? last + 1 : sentences.count
    return start..<max(start, end)
  }

  /// Whether the reply reads as a list of keywords or log lines rather than as sentences.
  var readsAsFragments: Bool { fragmentShare >= 0.5 }

  /// Whether the position lies in a fragment.
  func isInFragment(_ position: Int) -> Bool {
    sentences.contains { $0.isFragment && $0.range.contains(position) }
  }

  /// Where the words negating the phrase at `start..<end` are, or `nil`.
  func negation(start: Int, end: Int, unspaced: Bool) -> Range<Int>? {
    if unspaced, let japanese { return Negation.japanese(japanese, end: end) }
    return Negation.english(english, start: start, end: end)
  }

  /// Whether the words ending at `end` are a "should (have)" about what the customer was owed rather
  /// than what they did: "you should have had your headphones days ago", "you shouldn't have to chase
  /// us", against "you should have chosen express". Likewise an "if you had" that is not a past
  /// conditional about what the customer failed to do ("if you'd told us", "if you had checked"): an
  /// offer or a request ("if you'd like", "if you'd still rather", "if you'd send me") or sympathy
  /// ("sorry if you had to wait").
  func saysWhatWasDeserved(end: Int) -> Bool {
    let words = english.words
    let next = english.firstWord(atOrAfter: end)
    guard next > 0, next < words.count else { return false }
    let last = words[next - 1].key
    let following = words[next].key
    if ["youd", "had"].contains(last) && next >= 2 && ["if", "you"].contains(words[next - 2].key) {
      var verb = next
      while verb < words.count - 1 && Self.adverbs.contains(words[verb].key) { verb += 1 }
      return !Self.isPastParticiple(words[verb].key, afterHad: last == "had")
    }
    guard ["have", "shouldve", "should", "shouldnt", "ought"].contains(last) else { return false }
    if following == "to" && last != "ought" { return true }
    return Self.owedVerbs.contains(following)
  }

  /// Whether a word after "if you had" (`afterHad`) or "if you'd" makes a past conditional: a regular
  /// past participle, or an irregular one. After "you'd", forms that are also the base verb ("let",
  /// "come", "read") ask something of the customer ("if you'd let me know") and do not count.
  private static func isPastParticiple(_ key: String, afterHad: Bool) -> Bool {
    if key.hasSuffix("ed") && key.count > 3 && key != "need" { return true }
    if irregularParticiples.contains(key) { return true }
    return afterHad && ["let", "come", "read", "put", "set"].contains(key)
  }

  private static let irregularParticiples: Set<String> = [
    "told", "done", "gone", "seen", "given", "taken", "known", "written", "chosen", "sent", "got", "gotten",
    "made", "kept", "left", "paid", "said", "spoken", "bought", "brought", "thought", "rung",
  ]

  /// Adverbs that may stand between "if you'd" and its verb ("if you'd still like").
  private static let adverbs: Set<String> = ["still", "just", "really", "ever", "also", "only", "rather"]

  /// Whether the negator at `range` opens an imperative ("don't apologise", "no need to apologise",
  /// "please don't"): it tells the customer something, it is not the speaker refusing.
  func isImperative(_ range: Range<Int>) -> Bool {
    guard japanese == nil else { return false }
    let words = english.words
    let index = english.firstWord(atOrAfter: range.lowerBound)
    guard index < words.count else { return false }
    let word = words[index].key
    guard ["dont", "no", "never"].contains(word) else { return false }
    let opens = index == 0 || words[index].breakBefore || words[index - 1].key == "please"
    return opens
  }

  /// Verbs of receiving or experiencing: after "should have" they say what the customer was owed.
  private static let owedVerbs: Set<String> = [
    "had", "received", "got", "gotten", "been", "arrived", "reached", "seen", "heard", "have", "receive",
    "get",
    "be", "see", "hear", "come", "never",
  ]

  private static func englishSentences(_ english: EnglishWords) -> [Sentence] {
    var sentences: [Sentence] = []
    var start = 0
    var words = 0
    var grammatical = 0
    var clausal = 0
    var lastEnd = 0
    for word in english.words {
      if word.sentenceBefore && words + grammatical > 0 {
        sentences.append(
          Sentence(
            range: start..<word.range.lowerBound, words: words, grammatical: grammatical, clausal: clausal))
        start = word.range.lowerBound
        words = 0
        grammatical = 0
        clausal = 0
      }
      lastEnd = word.range.upperBound
      guard !word.isNumber else { continue }
      words += 1
      if word.grammatical { grammatical += 1 }
      if word.clausal { clausal += 1 }
    }
    if words > 0 || sentences.isEmpty {
      sentences.append(
        Sentence(range: start..<max(start, lastEnd), words: words, grammatical: grammatical, clausal: clausal)
      )
    }
    return sentences
  }

  /// The sentences of a Japanese reply: to 。, ！ or ？, or to the end of a line (a letter's heading and
  /// signature lines end without 。).
  private static func japaneseSentences(_ japanese: JapaneseText, normalized: NormalizedText) -> [Sentence] {
    var sentences: [Sentence] = []
    var start = 0
    var words = 0
    var grammatical = 0
    var clausal = 0
    var spaced = 0
    var previous: Morpheme?
    func close(at end: Int) {
      var sentence = Sentence(range: start..<end, words: words, grammatical: grammatical, clausal: clausal)
      sentence.spacedWords = spaced
      sentences.append(sentence)
      start = end
      words = 0
      grammatical = 0
      clausal = 0
      spaced = 0
    }
    for token in japanese.tokens {
      let morpheme = token.morpheme
      if let before = previous, before.range.upperBound < morpheme.range.lowerBound {
        if normalized.originalBreaksLine(between: before.range.upperBound - 1, and: morpheme.range.lowerBound)
        {
          if words > 0 { close(at: token.range.lowerBound) }
        } else if normalized.scalars[before.range.upperBound..<morpheme.range.lowerBound].contains(" "),
          before.surface.contains(where: ScriptClass.isUnspaced),
          morpheme.surface.contains(where: ScriptClass.isUnspaced)
        {
          spaced += 1
        }
      }
      previous = morpheme
      // MeCab reads a narrow "?" or "!" as a noun, and "）。" as one symbol: they end the sentence too.
      let surface = morpheme.surface
      let marks = !surface.isEmpty && surface.allSatisfy { "?!？！".unicodeScalars.contains($0) }
      if morpheme.kind == .symbol || marks {
        let ends =
          marks || (surface.count == 1 && EnglishWords.endsSentence(surface[0]))
          || (surface.last.map { "。！？".unicodeScalars.contains($0) } ?? false)
        if ends { close(at: token.range.upperBound) }
        continue
      }
      if morpheme.kind == .noun && morpheme.detail == "数" { continue }
      words += 1
      if morpheme.isGrammatical { grammatical += 1 }
      if morpheme.kind == .verb || morpheme.kind == .auxiliary || morpheme.kind == .adjective { clausal += 1 }
    }
    if words > 0 || sentences.isEmpty {
      close(at: max(start, japanese.stream.scalars.count))
    }
    return sentences
  }
}
