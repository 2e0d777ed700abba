extension ReplyReading {
  /// Whether the words at `start..<end` are mentioned as how the reply came across, not said: an
  /// apology for one's own wording names the blame it regrets ("I'm sorry if it sounded like I was
  /// blaming you", 「カードの管理を責められているように感じさせてしまい」,
  /// 「投稿を控えてほしいという意味に受け取れる書き方をしてしまった」).
  func isReported(start: Int, end: Int) -> Bool {
    if japanese != nil {
      let after = text.originalText(end, min(text.scalars.count, end + 24))
      return Self.japaneseReporting.contains { after.contains($0) }
    }
    let words = english.words
    let first = english.firstWord(atOrAfter: start)
    var index = first - 1
    var keys: [String] = []
    while index >= 0, keys.count < 8 {
      keys.insert(words[index].key, at: 0)
      if words[index].sentenceBefore { break }
      index -= 1
    }
    let before = keys.joined(separator: " ")
    return Self.englishReporting.contains { before.contains($0) }
  }

  private static let japaneseReporting = [
    "ように感じ", "ようにお感じ", "ように聞こえ", "ように受け取", "ようにお受け取", "と受け取", "とお受け取",
    "という意味に", "ように思わせ", "とお感じ", "と感じさせ", "かのような", "ような書き方", "ような言い方",
    "ような印象", "ように読め", "と読め",
  ]
  private static let englishReporting = [
    "sounded like", "sounds like", "came across as", "come across as", "came across like", "made it sound",
    "make it sound", "as if i", "as though i", "as if we", "as though we", "seemed like i", "seemed to",
    "felt like i",
  ]
}
