/// Decides whether a phrase is negated where it occurs: "I'm not sorry", "we can't refund you",
/// 「交換はできません」.
enum Negation {
  /// Words that negate what follows them within three words, in the same clause.
  static let englishNegators: Set<String> = [
    "not", "no", "never", "cannot", "can't", "cant", "won't", "wont", "don't", "dont", "doesn't", "doesnt",
    "didn't", "didnt", "isn't", "isnt", "aren't", "arent", "wasn't", "wasnt", "weren't", "werent",
    "shouldn't",
    "couldn't", "wouldn't", "unable", "without", "nor", "neither", "haven't", "hasn't", "hadn't", "mustn't",
  ]
  /// How many words before a phrase are searched for a negator.
  static let englishWindow = 3

  /// Negative forms that negate a Japanese phrase when they follow it in the same sentence.
  static let japaneseForms: [[Unicode.Scalar]] = [
    "できません", "できない", "できかね", "かねます", "いたしかね", "致しかね", "いたしません", "致しません", "しません",
    "しない", "しておりません", "おりません", "ではありません", "ではございません", "じゃない", "不可",
  ].map { Array($0.unicodeScalars) }
  /// How many characters after a Japanese phrase a negative form may start.
  static let japaneseWindow = 8

  /// The negating words, or `nil` when the phrase at `start..<end` is not negated.
  static func negation(in text: [Unicode.Scalar], start: Int, end: Int, unspaced: Bool) -> String? {
    unspaced ? japanese(text, end: end) : english(text, start: start)
  }

  private static func english(_ text: [Unicode.Scalar], start: Int) -> String? {
    var position = start - 1
    var words = 0
    while position >= 0 && words < englishWindow {
      while position >= 0 && text[position] == " " { position -= 1 }
      guard position >= 0, !ScriptClass.isClauseBreak(text[position]) else { return nil }
      let wordEnd = position + 1
      while position >= 0 && (ScriptClass.isWord(text[position]) || text[position] == "'") { position -= 1 }
      guard position + 1 < wordEnd else { return nil }  // punctuation that is not a clause break
      var view = String.UnicodeScalarView()
      view.append(contentsOf: text[(position + 1)..<wordEnd])
      let word = String(view)
      if englishNegators.contains(word) || word.hasSuffix("n't") { return word }
      words += 1
    }
    return nil
  }

  private static func japanese(_ text: [Unicode.Scalar], end: Int) -> String? {
    var limit = end
    while limit < text.count && limit - end < japaneseWindow + 8 && !ScriptClass.isSentenceEnd(text[limit]) {
      limit += 1
    }
    guard end < limit else { return nil }
    for start in end..<min(limit, end + japaneseWindow) {
      for form in japaneseForms where start + form.count <= limit {
        if text[start..<(start + form.count)].elementsEqual(form) {
          var view = String.UnicodeScalarView()
          view.append(contentsOf: form)
          return String(view)
        }
      }
    }
    return nil
  }
}
