extension ReplyReading {
  /// Whether the words at `start..<end` are said of a case rather than asserted: inside a conditional
  /// or concessive clause ("even if you claim them together", 「一緒に請求していただいても」), or in
  /// what follows a condition that someone else decides ("If the claim is approved, the money goes
  /// back to your card", 「取消が認められた場合は、ご返金となります」). A promise in a case is no
  /// promise; a condition on the customer's wish ("if you'd like", 「ご希望でしたら」) is an offer, and
  /// what follows it is asserted.
  func isHypothetical(start: Int, end: Int) -> Bool {
    if let japanese { return Self.japaneseHypothetical(japanese, start: start, end: end) }
    return englishHypothetical(start: start)
  }

  private func englishHypothetical(start: Int) -> Bool {
    let words = english.words
    let first = english.firstWord(atOrAfter: start)
    var index = first - 1
    var inClause = true
    while index >= 0 {
      let word = words[index].key
      if Self.englishConditions.contains(word) {
        // The condition's own words, up to the phrase: a wish makes it an offer; the customer's
        // doing something ("if you tell me your PIN") makes it a request, unless conceded ("even if
        // you claim it"); what follows a condition is said of a case only when someone else's
        // decision is the condition.
        let condition = words[index..<first].map(\.key)
        if condition.contains(where: Self.englishWishes.contains) { return false }
        let conceded = index > 0 && words[index - 1].key == "even"
        if inClause && (conceded || !condition.contains("you")) { return true }
        return condition.contains { key in Self.englishDecisions.contains { key.hasPrefix($0) } }
      }
      if words[index].sentenceBefore { break }
      // A comma, or a subject with its modal ("you'll", "we will"), starts the clause after the
      // condition.
      if words[index].breakBefore || Self.clauseStarts.contains(word)
        || (Negation.subjects.contains(word) && index + 1 < first
          && Self.modals.contains(words[index + 1].key))
      {
        inClause = false
      }
      index -= 1
    }
    return false
  }

  private static func japaneseHypothetical(_ japanese: JapaneseText, start: Int, end: Int) -> Bool {
    let tokens = japanese.tokens
    guard let first = japanese.tokenIndex(at: start), let last = japanese.tokenIndex(at: max(start, end - 1))
    else { return false }
    // The clause the phrase stands in ends in a concession (…ても) or a condition (…ば, …たら, …場合)
    // that is not the customer's doing (…ていただければ asks them to).
    var index = last + 1
    var asked = false
    while index < tokens.count {
      let morpheme = tokens[index].morpheme
      if morpheme.kind == .symbol { break }
      if morpheme.kind == .verb, asking.matches(tokens[index]) {
        asked = true
      }
      if isCondition(tokens, at: index) { return isConcession(tokens, at: index) || !asked }
      if morpheme.kind == .particle && morpheme.detail == "接続助詞" && !morpheme.isBase("て")
        && !morpheme.isBase("で")
      {
        break
      }
      index += 1
    }
    // Or it follows a condition in its sentence, one the customer's wish does not make.
    index = first - 1
    while index >= 0 {
      let morpheme = tokens[index].morpheme
      if morpheme.kind == .symbol && morpheme.detail == "句点" { break }
      if isCondition(tokens, at: index) {
        var before = index - 1
        var decided = false
        while before >= 0, tokens[before].morpheme.kind != .symbol {
          if wishes.matches(tokens[before]) { return false }
          if decisions.matches(tokens[before]) { decided = true }
          before -= 1
        }
        return decided
      }
      index -= 1
    }
    return false
  }

  /// A conditional or concessive ending at token `index`: ば, たら/なら, ても/でも, 場合.
  private static func isCondition(_ tokens: [JapaneseText.Token], at index: Int) -> Bool {
    let morpheme = tokens[index].morpheme
    let next = index + 1 < tokens.count ? tokens[index + 1] : nil
    if morpheme.kind == .particle && morpheme.detail == "接続助詞" && morpheme.isBase("ば") {
      // 〜いただければと思います, 〜いただければ幸いです: a polite request, not a condition.
      guard let next else { return true }
      return !(next.morpheme.kind == .particle && next.morpheme.isBase("と"))
        && !requestEndings.matches(next)
    }
    if morpheme.kind == .auxiliary && (morpheme.isSurface("たら") || morpheme.isSurface("だら")) { return true }
    if morpheme.kind == .auxiliary && morpheme.isSurface("なら") { return true }
    if morpheme.kind == .noun && morpheme.isBase("場合") { return true }
    return isConcession(tokens, at: index)
  }

  /// …ても, …でも after a verb: "even if". Not でも after a noun (ベーシックでも, "even on Basic"), nor
  /// a permission (〜ても構いません, 〜てもよい), which asserts.
  private static func isConcession(_ tokens: [JapaneseText.Token], at index: Int) -> Bool {
    let morpheme = tokens[index].morpheme
    guard morpheme.kind == .particle && morpheme.isBase("も"), index > 0 else { return false }
    let before = tokens[index - 1].morpheme
    guard before.kind == .particle && before.detail == "接続助詞" && (before.isBase("て") || before.isBase("で"))
    else { return false }
    guard index + 1 < tokens.count else { return true }
    let next = tokens[index + 1]
    return !permissions.matches(next)
  }

  private static let englishConditions: Set<String> = ["if", "unless", "provided", "whether"]
  /// Contracted subjects and modals that open the clause after a condition: "if you port the lines
  /// you'll have to pay".
  private static let clauseStarts: Set<String> = [
    "youll", "well", "ill", "itll", "theyll", "youd", "wed", "id", "itd", "theyd", "theres", "thatll",
  ]
  private static let modals: Set<String> = [
    "will", "would", "can", "could", "may", "might", "must", "should", "have", "need", "get",
  ]
  /// Words of someone else's decision or finding, as a condition: "if the claim is approved", "if it
  /// isn't found".
  private static let englishDecisions = [
    "approv", "accept", "grant", "uphold", "upheld", "found", "recover", "decid", "decision", "investigat",
    "review", "outcome", "confirm", "agree", "succeed", "success",
  ]
  private static let decisions: LemmaStems = ["認め", "承認", "審査", "判断", "決定", "結果", "見つか", "取消", "取り消"]
  /// Verbs of receiving a favour (いただく, いただける, くださる, もらう): the customer's doing.
  private static let asking: LemmaStems = ["いただ", "くださ", "下さ", "もら"]
  private static let requestEndings: LemmaStems = ["幸い", "ありがたい", "助かる", "嬉しい", "うれしい"]
  private static let permissions: LemmaStems = ["いい", "よい", "良い", "構う", "大丈夫", "結構", "問題"]
  private static let englishWishes: Set<String> = [
    "like", "want", "wish", "prefer", "rather", "choose", "decide", "please", "need",
  ]
  private static let wishes: LemmaStems = ["希望", "よろしい", "良い", "よい", "望", "お好き"]
}
