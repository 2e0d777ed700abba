extension ReplyReading {
  /// Whether the words at `start..<end` are mentioned as how the reply came across, not said: an
  /// apology for one's own wording names the blame it regrets ("I'm sorry if it sounded like I was
  /// blaming you", 「カードの管理を責められているように感じさせてしまい」,
  /// 「投稿を控えてほしいという意味に受け取れる書き方をしてしまった」).
  func isReported(start: Int, end: Int) -> Bool {
    if japanese != nil {
      let after = Array(text.originalText(end, min(text.scalars.count, end + 24)).unicodeScalars)
      return Self.japaneseReporting.contains { marker in
        marker.count <= after.count
          && (0...(after.count - marker.count)).contains {
            after[$0..<($0 + marker.count)].elementsEqual(marker)
          }
      }
    }
    let words = english.words
    let first = english.firstWord(atOrAfter: start)
    var from = first
    while from > 0 && first - from < 8 && !words[from].sentenceBefore { from -= 1 }
    let keys = words[from..<first].map(\.key)
    return Self.englishReporting.contains { marker in
      marker.count <= keys.count
        && (0...(keys.count - marker.count)).contains { keys[$0..<($0 + marker.count)].elementsEqual(marker) }
    }
  }

  private static let japaneseReporting: [[Unicode.Scalar]] = [
    "ように感じ", "ようにお感じ", "ように聞こえ", "ように受け取", "ようにお受け取", "と受け取", "とお受け取",
    "という意味に", "ように思わせ", "とお感じ", "と感じさせ", "かのような", "ような書き方", "ような言い方",
    "ような印象", "ように読め", "と読め",
  ].map { Array($0.unicodeScalars) }
  /// As word keys (apostrophes dropped).
  private static let englishReporting: [[String]] = [
    "sounded like", "sounds like", "came across as", "come across as", "came across like", "made it sound",
    "make it sound", "as if i", "as though i", "as if we", "as though we", "seemed like i", "seemed to",
    "felt like i",
  ].map { $0.split(separator: " ").map(String.init) }
}
