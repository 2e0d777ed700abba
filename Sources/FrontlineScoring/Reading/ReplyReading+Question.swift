extension ReplyReading {
  /// The words a customer's questions turn on: the content words of their sentences that end in a
  /// question mark ("Is my phone broken or not?" turns on `phone` and `broken`; 「電話しなくていいんです
  /// か？」 on 電話). English words are their keys, Japanese ones the base forms of nouns and verbs.
  static func questionWords(of messages: [String]) -> Set<String> {
    var words: Set<String> = []
    for message in messages {
      let reading = ReplyReading(TextNormalizer.normalize(message))
      for sentence in reading.sentences where reading.asks(sentence.range) {
        words.formUnion(reading.contentWords(in: sentence.range))
      }
    }
    return words
  }

  /// Where a follow-up's opening sentence takes up the customer's question: it is a statement, not a
  /// question back, addressed to the customer (their name, "you", 様), and it says one of the words the
  /// question turns on ("Your phone is not broken, Aisha", 「小林様、電話はしないでください」). An answer
  /// in the customer's own terms, put first and to them, tells them they were heard; "The orders have
  /// status paused" reports to no one.
  func takesUp(_ questionWords: Set<String>, names: [String]) -> Range<Int>? {
    guard !questionWords.isEmpty, !readsAsFragments else { return nil }
    let salutation = sentences.first.map { $0.clausal == 0 } ?? false
    guard let opening = sentences.dropFirst(salutation ? 1 : 0).first, opening.clausal > 0 else { return nil }
    guard !asks(opening.range), addresses(opening.range, names: names) else { return nil }
    return contentWordRanges(in: opening.range).first { questionWords.contains($0.word) }?.range
  }

  /// Whether the sentence at `range` speaks to the customer: by name, as "you", or with 様.
  private func addresses(_ range: Range<Int>, names: [String]) -> Bool {
    let sentence = String(String.UnicodeScalarView(text.scalars[range]))
    if japanese != nil, sentence.contains("様") { return true }
    if names.contains(where: { name in
      let normalized = String(String.UnicodeScalarView(TextNormalizer.normalizePhrase(name)))
      return !normalized.isEmpty && sentence.contains(normalized)
    }) {
      return true
    }
    guard japanese == nil else { return false }
    var index = english.firstWord(atOrAfter: range.lowerBound)
    while index < english.words.count, english.words[index].range.lowerBound < range.upperBound {
      if Self.secondPerson.contains(english.words[index].key) { return true }
      index += 1
    }
    return false
  }

  private static let secondPerson: Set<String> = ["you", "your", "youre", "yours", "youll", "youve", "youd"]

  /// Whether the sentence at `range` ends in a question mark, inside its range or right after it.
  private func asks(_ range: Range<Int>) -> Bool {
    let scalars = text.scalars
    var index = range.upperBound - 1
    while index >= range.lowerBound, scalars[index].properties.isWhitespace { index -= 1 }
    let marks: Set<Unicode.Scalar> = ["?", "？"]
    if index >= range.lowerBound, marks.contains(scalars[index]) { return true }
    var after = range.upperBound
    while after < scalars.count, scalars[after] == " " { after += 1 }
    return after < scalars.count && marks.contains(scalars[after])
  }

  private func contentWords(in range: Range<Int>) -> [String] { contentWordRanges(in: range).map(\.word) }

  private func contentWordRanges(in range: Range<Int>) -> [(word: String, range: Range<Int>)] {
    if let japanese {
      return japanese.tokens.compactMap { token in
        let morpheme = token.morpheme
        guard range.contains(token.range.lowerBound), !token.range.isEmpty else { return nil }
        let content =
          (morpheme.kind == .noun && Self.contentNouns.contains(morpheme.detail))
          || (morpheme.kind == .verb && morpheme.detail == "自立")
        let word = String(String.UnicodeScalarView(token.lemma))
        guard content, word.unicodeScalars.count >= 2, !Self.japaneseLightWords.contains(word) else {
          return nil
        }
        return (word, token.range)
      }
    }
    let words = english.words
    var found: [(word: String, range: Range<Int>)] = []
    var index = english.firstWord(atOrAfter: range.lowerBound)
    while index < words.count, words[index].range.lowerBound < range.upperBound {
      let key = words[index].key
      if key.count >= 4, !words[index].isNumber, !Self.englishLightWords.contains(key) {
        found.append((key, words[index].range))
      }
      index += 1
    }
    return found
  }

  private static let contentNouns: Set<String> = ["一般", "サ変接続", "固有名詞", "形容動詞語幹"]
  /// Verbs and nouns that carry no topic of their own.
  private static let japaneseLightWords: Set<String> = [
    "する", "いる", "ある", "なる", "できる", "いう", "言う", "思う", "くる", "来る", "いく", "行く", "やる", "こと", "もの",
    "ところ", "わかる", "分かる",
  ]
  /// English words too common to show what a question is about.
  private static let englishLightWords: Set<String> = [
    "what", "when", "where", "which", "who", "whom", "whose", "why", "how", "that", "this", "these", "those",
    "there", "their", "they", "them", "then", "than", "have", "has", "had", "having", "does", "doing", "done",
    "will", "would", "could", "should", "shall", "might", "must", "with", "from", "into", "about", "just",
    "like", "know", "need", "want", "make", "going", "get", "gets", "getting", "really", "actually",
    "still", "even", "also", "only", "some", "any", "anything", "something", "nothing", "everything",
    "anyone", "someone", "your", "yours", "mine", "ours", "it's", "its", "thats", "youre", "dont", "doesnt",
    "cant", "wont", "isnt", "arent", "didnt", "okay", "right", "sure", "here", "back", "again", "more",
    "much", "many", "very", "well", "yeah", "yes", "please", "thanks", "thank", "sorry", "tell", "said",
    "say", "says", "think", "mean", "other", "else", "been", "being", "were", "was", "are", "now", "today",
  ]
}
