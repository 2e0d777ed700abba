extension ReplyReading {
  /// The words the questions of a customer's message turn on: the content words of its sentences that
  /// end in a question mark ("Is my phone broken or not?" turns on `phone` and `broken`; 「電話しなくて
  /// いいんですか？」 on 電話). English words are their keys, Japanese ones the base forms of nouns and
  /// verbs.
  var questionWords: Set<String> {
    var words: Set<String> = []
    for sentence in sentences where asks(sentence.range) {
      words.formUnion(contentWords(in: sentence.range))
    }
    return words
  }

  /// Whether a customer's message asks what they should do: "What do I do RIGHT NOW?", "How do I stop
  /// it?", 「明日、何を出せばいいのか」「どうすればいいですか」.
  var asksWhatToDo: Bool {
    if let japanese {
      let bases = japanese.tokens.map { String(String.UnicodeScalarView($0.morpheme.base)) }
      // どう/何 with a conditional ば or たら right after it: どうすれば, 何を出せば, どうしたら.
      return bases.indices.contains { index in
        ["どう", "何", "なに"].contains(bases[index])
          && bases[(index + 1)..<min(bases.count, index + 5)].contains { $0 == "ば" || $0 == "たら" }
      }
    }
    let words = english.words
    return sentences.contains { sentence in
      guard asks(sentence.range) else { return false }
      var keys: [String] = []
      var index = english.firstWord(atOrAfter: sentence.range.lowerBound)
      while index < words.count, words[index].range.lowerBound < sentence.range.upperBound {
        keys.append(words[index].key)
        index += 1
      }
      return zip(keys, keys.dropFirst()).contains { pair in
        (pair.0 == "what" || pair.0 == "how") && ["do", "should", "can", "shall"].contains(pair.1)
      } && keys.contains { $0 == "i" || $0 == "we" }
    }
  }

  /// Where a follow-up takes up the customer's question at its opening: a statement, not a question
  /// back, addressed to the customer (their name, "you", 様), that says one of the words the question
  /// turns on ("Your phone is not broken, Aisha", 「小林様、電話はしないでください」); an instruction,
  /// when they asked what to do ("Insert the card, don't tap", 「本日は別のお料理をお出しください」); or
  /// a sentence of the first two that names their question ("On your question: ...", 「ご質問にお答え
  /// します」). An answer in the customer's own terms, put first and to them, tells them they were heard;
  /// "The orders have status paused" reports to no one.
  func takesUp(_ questionWords: Set<String>, asksWhatToDo: Bool, names: [String]) -> Range<Int>? {
    guard !readsAsFragments else { return nil }
    let salutation = sentences.first.map { $0.clausal == 0 } ?? false
    let body = sentences.dropFirst(salutation ? 1 : 0)
    for sentence in body.prefix(2) where sentence.clausal > 0 && !asks(sentence.range) {
      if let signpost = namesTheQuestion(sentence.range) { return signpost }
    }
    guard let opening = body.first, opening.clausal > 0, !asks(opening.range) else { return nil }
    if asksWhatToDo, let instruction = instructs(opening.range) { return instruction }
    guard !questionWords.isEmpty, addresses(opening.range, names: names) else { return nil }
    return contentWordRanges(in: opening.range).first { questionWords.contains($0.word) }?.range
  }

  /// Where the sentence at `range` refers to the customer's question: "your question", "you asked",
  /// ご質問, お尋ね.
  private func namesTheQuestion(_ range: Range<Int>) -> Range<Int>? {
    if let japanese {
      return japanese.tokens.first { token in
        range.contains(token.range.lowerBound)
          && Self.japaneseQuestionNouns.contains(String(String.UnicodeScalarView(token.morpheme.base)))
      }?.range
    }
    let words = english.words
    var index = english.firstWord(atOrAfter: range.lowerBound)
    while index + 1 < words.count, words[index + 1].range.lowerBound < range.upperBound {
      let pair = (words[index].key, words[index + 1].key)
      if (pair.0 == "your" && (pair.1 == "question" || pair.1 == "questions"))
        || (pair.0 == "you" && pair.1 == "asked")
      {
        return words[index].range.lowerBound..<words[index + 1].range.upperBound
      }
      index += 1
    }
    return nil
  }

  private static let japaneseQuestionNouns: Set<String> = ["質問", "お尋ね", "尋ね"]

  /// Where the sentence at `range` opens with an instruction to the customer: an English verb before
  /// its object or particle ("Insert the card", "Switch it off", "Please keep the box"), a Japanese
  /// sentence that ends in ください.
  private func instructs(_ range: Range<Int>) -> Range<Int>? {
    if let japanese {
      let tokens = japanese.tokens.filter {
        range.contains($0.range.lowerBound) && $0.morpheme.kind != .symbol
      }
      guard let last = tokens.last, last.morpheme.isBase("くださる") || last.morpheme.isBase("下さる") else {
        return nil
      }
      return tokens.first.map { $0.range.lowerBound..<last.range.upperBound }
    }
    let words = english.words
    var index = english.firstWord(atOrAfter: range.lowerBound)
    while index < words.count, words[index].key == "please" || words[index].key == "just" { index += 1 }
    guard index + 1 < words.count, words[index + 1].range.lowerBound < range.upperBound,
      !words[index + 1].breakBefore, !words[index].isNumber,
      !EnglishGrammar.isGrammatical(words[index].key) || Self.commonVerbs.contains(words[index].key),
      Self.objectOpeners.contains(words[index + 1].key)
    else { return nil }
    return words[index].range.lowerBound..<words[index + 1].range.upperBound
  }

  /// Verbs among the grammar's common words that open instructions.
  private static let commonVerbs: Set<String> = [
    "get", "take", "make", "go", "come", "let", "give", "send", "look", "keep", "put", "check", "ask", "call",
    "use", "try", "leave", "bring", "stay", "tell", "show", "set", "find", "wait", "fix", "pay", "book",
  ]
  /// Words that follow a verb in an instruction: its object or particle.
  private static let objectOpeners: Set<String> = [
    "the", "a", "an", "your", "it", "them", "this", "that", "these", "those", "me", "us", "him", "her",
    "off", "on", "out", "up", "down", "back", "in", "over", "away", "everything", "all", "both",
  ]

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
