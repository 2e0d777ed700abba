/// Decides whether a phrase is negated where it occurs, by the scope of the negation rather than its
/// distance: "I am not in any way at all sorry", "we are not in a position to put any kind of hold",
/// 「お詫びするつもりはございません」.
///
/// In English a negator governs the rest of its clause: what follows it up to a clause break (a comma,
/// a full stop, a dash) or a word that opens a new clause ("but", "because", "so", "and I ..."). So
/// "I won't make excuses, I'm sorry" keeps its apology. Degree constructions are not negations: "I
/// can't apologise enough", "I couldn't be more sorry", "don't hesitate to call".
///
/// In Japanese a negation belongs to the predicate it is attached to: after the phrase, up to the end
/// of its clause (a conjunctive particle such as が, ので, から, or a て that does not join an auxiliary
/// verb), a ない, ぬ/ん, ず or かねる negates it. The ない of a word like 申し訳ない is part of the
/// word, and a negative question (〜ませんか, 〜ないでしょうか) is a request, not a negation.
enum Negation {
  /// Words that negate the rest of their clause.
  static let clauseNegators: Set<String> = [
    "not", "never", "cannot", "cant", "wont", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent",
    "unable", "without", "nor", "neither", "refuse", "refuses",
  ]
  /// Words that negate only the noun phrase right after them ("no charge").
  static let phraseNegators: Set<String> = ["no", "none"]
  /// "no" followed by these negates the clause ("no need to send it back").
  static let clauseNo: Set<String> = [
    "need", "reason", "way", "longer", "point", "intention", "plan", "plans",
  ]
  /// Words that open a new clause, ending the scope of a negation before them.
  static let clauseOpeners: Set<String> = [
    "but", "so", "because", "although", "though", "while", "whereas", "if", "unless", "until", "when",
    "whenever", "once", "since", "before", "after", "which", "who", "then", "however", "otherwise",
    "instead", "yet", "as", "meanwhile", "plus",
  ]
  /// Subjects that, after "and" or "or", start a new clause.
  static let subjects: Set<String> = [
    "i", "we", "you", "it", "they", "he", "she", "this", "that", "there", "i'm", "we're", "you're", "it's",
    "i'll", "we'll", "you'll", "i've", "we've", "i'd", "we'd", "your", "our", "the",
  ]

  /// What a word does for the scope of a negation, read once per word of a reply rather than once per
  /// phrase and word.
  struct Role: OptionSet, Sendable {
    let rawValue: UInt8
    init(rawValue: UInt8) { self.rawValue = rawValue }
    static let negator = Role(rawValue: 1)
    static let phraseNegator = Role(rawValue: 2)
    static let clauseOpener = Role(rawValue: 4)
    static let subject = Role(rawValue: 8)

    init(_ key: String) {
      var role: Role = []
      if Negation.clauseNegators.contains(key) || Negation.negatedAuxiliaries.contains(key) {
        role.insert(.negator)
      }
      if Negation.phraseNegators.contains(key) { role.insert(.phraseNegator) }
      if Negation.clauseOpeners.contains(key) { role.insert(.clauseOpener) }
      if Negation.subjects.contains(key) { role.insert(.subject) }
      self = role
    }

    /// Every word with a role: a word in none of these lists has none.
    static var listedWords: Set<String> {
      Negation.clauseNegators.union(Negation.negatedAuxiliaries).union(Negation.phraseNegators)
        .union(Negation.clauseOpeners).union(Negation.subjects)
    }
  }

  /// Where the negating words are, or `nil` when the phrase at `start..<end` is not negated.
  static func english(_ words: EnglishWords, start: Int, end: Int) -> Range<Int>? {
    let list = words.words
    let first = words.firstWord(atOrAfter: start)
    // A break right before the phrase means the words before it are another clause: "..., sorry".
    if first < list.count && list[first].breakBefore { return nil }
    var index = first - 1
    var between = 0
    while index >= 0 {
      let word = list[index].key
      let role = list[index].role
      if role.contains(.clauseOpener) { return nil }
      if word == "and" || word == "or", index + 1 < list.count, list[index + 1].role.contains(.subject) {
        return nil
      }
      if role.contains(.negator) {
        let next = index + 1 < list.count ? list[index + 1].key : ""
        if word == "not" && (next == "only" || next == "just") {
          // "not only ... but also" does not negate.
        } else if omissions.contains(next) {
          // "Don't forget to choose express", "never fail to check": not omitting it is doing it.
          return nil
        } else if isDegree(words, negator: index, phraseStart: first, phraseEnd: end) {
          return nil
        } else {
          return list[index].range
        }
      }
      if role.contains(.phraseNegator) {
        let next = index + 1 < list.count ? list[index + 1].key : ""
        if clauseNo.contains(next) || between <= 1 { return list[index].range }
      }
      // A comma ends the scope, but for a disjunction that goes on with it: "I can't send a second ring,
      // or let you keep both".
      if list[index].breakBefore && word != "or" && word != "nor" { return nil }
      index -= 1
      between += 1
    }
    return nil
  }

  /// Verbs of leaving something undone, which a negation turns into doing it.
  static let omissions: Set<String> = ["forget", "fail", "neglect", "omit"]
  /// The same in Japanese, by base form (お忘れなく, 忘れずに, 欠かさず).
  static let japaneseOmissions: LemmaStems = ["忘れ", "怠", "欠か", "見逃", "逃"]

  /// Auxiliaries with n't, without the apostrophe.
  static let negatedAuxiliaries: Set<String> = [
    "cant", "wont", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "shouldnt", "couldnt",
    "wouldnt", "havent", "hasnt", "hadnt", "mustnt", "neednt", "aint", "shant", "mightnt",
  ]

  /// Whether a negator and what follows it express degree, not negation: "can't apologise enough",
  /// "couldn't be more sorry", "can't tell you how sorry", "can't imagine how stressful", "don't hesitate".
  private static func isDegree(_ words: EnglishWords, negator: Int, phraseStart: Int, phraseEnd: Int) -> Bool
  {
    let list = words.words
    func word(_ index: Int) -> String { index >= 0 && index < list.count ? list[index].key : "" }
    if word(negator + 1) == "hesitate" { return true }
    if word(negator + 1) == "tell" || word(negator + 1) == "say" || word(negator + 1) == "express" {
      if word(negator + 2) == "how" || word(negator + 3) == "how" || word(negator + 2) == "enough" {
        return true
      }
    }
    // "I can't imagine how frightening that was", "can't begin to imagine what": beyond imagining.
    let imagines =
      word(negator + 1) == "imagine" ? negator + 1 : word(negator + 3) == "imagine" ? negator + 3 : nil
    if let imagines, ["how", "what"].contains(word(imagines + 1)) { return true }
    if word(phraseStart - 1) == "more" { return true }
    let after = words.firstWord(atOrAfter: phraseEnd)
    for index in after..<min(list.count, after + 3) {
      if list[index].breakBefore { break }
      if word(index) == "enough" { return true }
    }
    return false
  }

  /// Where the negation of the phrase ending at stream position `end` is, or `nil`.
  static func japanese(_ text: JapaneseText, end: Int) -> Range<Int>? {
    let tokens = text.tokens
    guard var index = text.tokenIndex(at: max(0, end - 1)) else { return nil }
    // An interjection (ごめんなさい, すみません said as one) is a clause of its own: nothing after it
    // negates it.
    if tokens[index].morpheme.kind == .interjection { return nil }
    // The ない after a word like 申し訳 is part of it, whatever politeness stands between.
    var lexical = tokens[index].morpheme.detail == "ナイ形容詞語幹"
    index += 1
    // お詫びだけでは解決しません, 返金だけでなく: what is denied is that the phrase is enough alone, not
    // the phrase.
    if index + 1 < tokens.count, tokens[index].morpheme.kind == .particle,
      limits.contains(where: tokens[index].morpheme.isBase),
      tokens[index + 1].morpheme.isSurface("で") || tokens[index + 1].morpheme.isSurface("じゃ")
    {
      return nil
    }
    var negation: Range<Int>?
    while index < tokens.count {
      let token = tokens[index]
      let morpheme = token.morpheme
      if isSentenceEnd(morpheme) { break }
      if index > 0, closesASentence(morpheme, after: tokens[index - 1].morpheme) { break }
      if morpheme.kind == .particle && morpheme.detail == "接続助詞" {
        if morpheme.isBase("て") || morpheme.isBase("で") {
          // て joins an auxiliary verb (していただく, しておる) or ends a clause (して、).
          let next = index + 1 < tokens.count ? tokens[index + 1].morpheme : nil
          if let next, next.kind == .verb && next.detail == "非自立" {
            index += 1
            continue
          }
        }
        if negation == nil { return nil }
        break
      }
      if morpheme.kind == .particle && morpheme.detail.contains("終助詞") && morpheme.isBase("か") {
        return nil  // 〜ませんか, 〜ないでしょうか: a request or a question
      }
      if morpheme.detail == "ナイ形容詞語幹" { lexical = true }
      if negation == nil && isNegative(token) {
        if isAdverbial(at: index, in: tokens) {
          // 変わらずお手続きいたします, 迷わずご連絡ください: the ず negates its own verb, which
          // qualifies the predicate that follows; the clause goes on affirmed.
        } else if lexical {
          lexical = false
        } else if index > 0, japaneseOmissions.matches(tokens[index - 1]) {
          // 次回はお忘れなく: not forgetting is doing; the phrase before it is affirmed.
          return nil
        } else {
          negation = token.range
        }
      } else if morpheme.kind != .auxiliary && morpheme.kind != .symbol && morpheme.detail != "ナイ形容詞語幹"
        && !token.lemma.isEmpty
      {
        // The ある of ありません has no reading of its own (it is ない said politely), so 申し訳ありません
        // is 申し訳ない as much as 申し訳ございません is.
        lexical = false
      }
      index += 1
    }
    return negation
  }

  /// Particles that limit a phrase to itself (だけ, のみ, ばかり): a negation after them with で
  /// denies that it suffices.
  private static let limits = ["だけ", "のみ", "ばかり"]

  /// Whether the negator at `index` is a ず joined straight to the word after it, so that its verb is
  /// an adverb of what follows (変わらず手続きする) rather than the end of a clause (お約束できず、).
  private static func isAdverbial(at index: Int, in tokens: [JapaneseText.Token]) -> Bool {
    guard tokens[index].morpheme.isSurface("ず"), index + 1 < tokens.count else { return false }
    let next = tokens[index + 1].morpheme
    return next.kind != .symbol && next.kind != .particle && next.kind != .auxiliary
  }

  /// A full stop, or an exclamation or question mark, which MeCab may read as a noun when narrow.
  private static func isSentenceEnd(_ morpheme: Morpheme) -> Bool {
    if morpheme.isSurface("!") || morpheme.isSurface("?") || morpheme.isSurface("！")
      || morpheme.isSurface("？")
    {
      return true
    }
    return morpheme.kind == .symbol && (morpheme.detail == "句点" || morpheme.isSurface("."))
  }

  /// Whether a comma after `previous` closes a sentence of its own: one that ends in a finished
  /// predicate (「申し訳ございません、」「大丈夫です、」), so a negation after it is another sentence's.
  private static func closesASentence(_ comma: Morpheme, after previous: Morpheme) -> Bool {
    comma.kind == .symbol && comma.detail == "読点" && previous.kind == .auxiliary
      && finishedPredicates.contains(where: previous.isSurface)
  }

  private static let finishedPredicates = ["です", "ます", "ん", "でした", "ました"]

  private static func isNegative(_ token: JapaneseText.Token) -> Bool {
    let morpheme = token.morpheme
    switch morpheme.kind {
    case .auxiliary:
      return morpheme.isBase("ない") || morpheme.isBase("ぬ") || morpheme.isBase("ん")
    case .adjective:
      return morpheme.isBase("ない") && morpheme.detail != "接尾"
    case .verb:
      return morpheme.isBase("かねる")
    default:
      return false
    }
  }
}
