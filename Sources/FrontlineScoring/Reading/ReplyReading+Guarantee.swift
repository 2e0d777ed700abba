extension ReplyReading {
  /// Whether a guarantee at `start..<end` vouches for an outcome rather than for the speaker's own
  /// action. "I can guarantee the payment will go through", "you won't pay a cent more, I promise",
  /// 「必ず全額返金されます」 and 「必ず取消となります」 promise what others decide or what has yet to
  /// happen; "I promise I'll call you", 「必ずご報告いたします」 and 「確実にお伝えします」 promise what
  /// the speaker does, which is theirs to promise. A guarantee as a thing ("a 90-day guarantee") vouches
  /// for nothing here.
  func guaranteesOutcome(start: Int, end: Int) -> Bool {
    if let japanese { return Self.japaneseGuaranteesOutcome(japanese, start: start, end: end) }
    return englishGuaranteesOutcome(start: start, end: end)
  }

  /// Whether a sentence is about what a customer holds a promise to: money ("refund", "a cent", 全額,
  /// 返金), a time ("tomorrow", 明日) or that something never happens again ("again", 二度と). A
  /// guarantee of such an outcome is one the front line cannot give; "I promise it won't be cut off",
  /// said of a hold just placed, vouches for what policy does.
  func concernsStakes(_ range: Range<Int>) -> Bool {
    if japanese != nil {
      let sentence = String(String.UnicodeScalarView(text.scalars[range]))
      return Self.japaneseStakes.contains { sentence.contains($0) }
    }
    let first = english.firstWord(atOrAfter: range.lowerBound)
    let words = english.words
    var index = first
    while index < words.count, words[index].range.lowerBound < range.upperBound {
      let key = words[index].key
      if Self.englishStakes.contains(where: { key.hasPrefix($0) }) { return true }
      index += 1
    }
    return false
  }

  private func englishGuaranteesOutcome(start: Int, end: Int) -> Bool {
    let words = english.words
    let first = english.firstWord(atOrAfter: start)
    let last = english.firstWord(atOrAfter: end)
    guard first < words.count, first < last else { return false }
    // A guarantee as a thing: "a 90-day guarantee", "the guarantee".
    if first > 0, !words[first].breakBefore, !words[first].sentenceBefore,
      Self.determiners.contains(words[first - 1].key)
    {
      return false
    }
    // What is vouched for: what follows in the sentence, or, for a promise that closes its clause
    // ("…, I promise."), the clause before it.
    var scope: [Int] = []
    var index = last
    while index < words.count, !words[index].sentenceBefore {
      scope.append(index)
      index += 1
    }
    if scope.isEmpty || words[last].breakBefore {
      var before = first - 1
      while before >= 0 {
        scope.append(before)
        if words[before].breakBefore || words[before].sentenceBefore { break }
        before -= 1
      }
    }
    if words[first].key.hasPrefix("definitely") || Self.adverbs.contains(words[first].key) {
      // An adverb vouches for its own clause: "it'll definitely be there tomorrow".
      var before = first - 1
      while before >= 0 {
        scope.append(before)
        if words[before].breakBefore || words[before].sentenceBefore { break }
        before -= 1
      }
    }
    for position in scope.sorted() {
      let key = words[position].key
      if Self.thirdPersonFutures.contains(key) { return true }
      if Self.futures.contains(key) || key == "cant" || key == "cannot" {
        let subject = position > 0 ? words[position - 1].key : ""
        if key == "cant" || key == "cannot" {
          if position + 1 < words.count, Self.mishaps.contains(words[position + 1].key) { return true }
          continue
        }
        if !Self.speakers.contains(subject) { return true }
      }
    }
    return false
  }

  private static func japaneseGuaranteesOutcome(_ japanese: JapaneseText, start: Int, end: Int) -> Bool {
    let tokens = japanese.tokens
    guard let first = japanese.tokenIndex(at: start), let last = japanese.tokenIndex(at: max(start, end - 1))
    else { return false }
    // An adverb (必ず, 確実に) vouches for the predicate it leads to; a verb of promising (お約束します,
    // 保証いたします) for the clause before it. A guarantee as a thing (延長保証, 100%) vouches for nothing.
    let stem = tokens[first].morpheme
    let ending = [tokens[last], last + 1 < tokens.count ? tokens[last + 1] : tokens[last]]
    let adverb =
      stem.kind == .adverb
      || (Self.adverbialStems.contains(stem.detail)
        && ending.contains { $0.morpheme.isBase("に") || $0.morpheme.isBase("ない") })
    if adverb {
      var index = last + 1
      while index < tokens.count {
        let morpheme = tokens[index].morpheme
        if morpheme.kind == .symbol { return false }
        if morpheme.kind == .verb && morpheme.detail == "自立" {
          return isOutcome(tokens, verbAt: index)
        }
        index += 1
      }
      return false
    }
    guard last + 1 < tokens.count, tokens[last].morpheme.kind == .noun,
      tokens[last + 1].morpheme.kind == .verb, promising.matches(tokens[last + 1])
    else { return false }
    var index = first - 1
    while index >= 0 {
      let morpheme = tokens[index].morpheme
      if morpheme.kind == .symbol { return false }
      if morpheme.kind == .verb && morpheme.detail == "自立" { return isOutcome(tokens, verbAt: index) }
      index -= 1
    }
    return false
  }

  /// Whether the verb at `index` is something that happens rather than something done: a passive
  /// (返金される), becoming (取消となる), or coming about (届く, 戻る, 直る).
  private static func isOutcome(_ tokens: [JapaneseText.Token], verbAt index: Int) -> Bool {
    if happenings.matches(tokens[index]) { return true }
    let next = index + 1 < tokens.count ? tokens[index + 1].morpheme : nil
    if let next, next.kind == .verb, next.detail == "接尾", next.isBase("れる") || next.isBase("られる") {
      return true
    }
    return false
  }

  private static let englishStakes = [
    "refund", "money", "pay", "charg", "cent", "dollar", "credit", "fee", "bill", "price", "cost",
    "compensat", "tomorrow", "today", "tonight", "morning", "afternoon", "evening", "week", "again",
    "never", "ever", "always",
  ]
  private static let japaneseStakes = [
    "返金", "全額", "円", "料金", "代金", "支払", "入金", "請求", "補償", "取消", "取り消", "明日", "本日",
    "今日", "今夜", "翌", "時まで", "日まで", "二度と", "再発", "今後",
  ]
  /// Nouns that make adverbs with に or なく: 確実に, 絶対に, 間違いなく.
  private static let adverbialStems: Set<String> = ["形容動詞語幹", "副詞可能", "ナイ形容詞語幹"]
  private static let promising: LemmaStems = ["する", "いたす", "致す"]
  private static let happenings: LemmaStems = ["なる", "届く", "戻る", "直る", "入る", "消える", "解決", "防げる"]
  /// Words before a guarantee that make it a thing: "a 90-day guarantee", "the refund and guarantee
  /// you asked for".
  private static let determiners: Set<String> = [
    "a", "the", "our", "your", "its", "any", "no", "this", "that", "day", "month", "year", "and", "or",
  ]
  private static let adverbs: Set<String> = ["for", "without", "100"]
  /// Contractions of a future with a subject other than the speaker: "it'll", "you'll".
  private static let thirdPersonFutures: Set<String> = ["itll", "youll", "theyll", "thatll", "therell"]
  private static let futures: Set<String> = ["will", "wont", "shall", "going"]
  private static let speakers: Set<String> = ["i", "we", "ill", "well", "im", "were"]
  /// What "can't" rules out when it vouches for an outcome: "this can't happen again".
  private static let mishaps: Set<String> = ["happen", "fail", "break", "go", "recur"]
}

extension ReplyReading {
  /// Whether the negation at `range` negates a promise: "I can't promise", "we cannot guarantee",
  /// 「お約束できず」「保証いたしかねます」. Declining to promise something is honesty about it, not a
  /// refusal of it.
  func declinesToPromise(_ range: Range<Int>) -> Bool {
    if let japanese {
      guard let index = japanese.tokenIndex(at: range.lowerBound) else { return false }
      return japanese.tokens[max(0, index - 4)..<index].contains { token in
        Self.japanesePromises.contains(String(String.UnicodeScalarView(token.morpheme.base)))
      }
    }
    let words = english.words
    let index = english.firstWord(atOrAfter: range.lowerBound)
    return words[min(words.count, index + 1)..<min(words.count, index + 5)].prefix { !$0.breakBefore }
      .contains { Self.promises.contains($0.key) }
  }

  private static let promises: Set<String> = ["promise", "guarantee", "commit", "vouch"]
  private static let japanesePromises: Set<String> = ["約束", "保証", "確約", "断言"]
}
