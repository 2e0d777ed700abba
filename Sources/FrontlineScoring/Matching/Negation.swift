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

  /// Where the negating words are in `text`, or `nil` when the phrase at `start..<end` is not negated.
  static func negation(in text: [Unicode.Scalar], start: Int, end: Int, unspaced: Bool) -> Range<Int>? {
    unspaced ? japanese(text, end: end) : english(text, start: start)
  }

  private static func english(_ text: [Unicode.Scalar], start: Int) -> Range<Int>? {
    var position = start - 1
    var words = 0
    while position >= 0 && words < englishWindow {
      while position >= 0 && text[position] == " " { position -= 1 }
      guard position >= 0, !ScriptClass.isClauseBreak(text[position]) else { return nil }
      let wordEnd = position + 1
      while position >= 0 && (ScriptClass.isWord(text[position]) || text[position] == "'") { position -= 1 }
      guard position + 1 < wordEnd else { return nil }  // punctuation that is not a clause break
      if isNegator(text[(position + 1)..<wordEnd]) { return (position + 1)..<wordEnd }
      words += 1
    }
    return nil
  }

  /// The negators as scalars, by length, so a word is checked without making a string.
  private static let negatorsByLength: [[[Unicode.Scalar]]] = {
    var table = [[[Unicode.Scalar]]](repeating: [], count: 12)
    for word in englishNegators { table[word.unicodeScalars.count].append(Array(word.unicodeScalars)) }
    return table
  }()

  /// Whether the word is a negator: one of the list, or any word ending in "n't".
  private static func isNegator(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
    guard word.count >= 2 else { return false }
    if word.count >= 4 && word.suffix(3).elementsEqual("n't".unicodeScalars) { return true }
    guard word.count < negatorsByLength.count else { return false }
    return negatorsByLength[word.count].contains { word.elementsEqual($0) }
  }

  private static func japanese(_ text: [Unicode.Scalar], end: Int) -> Range<Int>? {
    var limit = end
    while limit < text.count && limit - end < japaneseWindow + 8 && !ScriptClass.isSentenceEnd(text[limit]) {
      limit += 1
    }
    guard end < limit else { return nil }
    for start in end..<min(limit, end + japaneseWindow) {
      for form in japaneseForms where start + form.count <= limit {
        if text[start..<(start + form.count)].elementsEqual(form) { return start..<(start + form.count) }
      }
    }
    return nil
  }
}
