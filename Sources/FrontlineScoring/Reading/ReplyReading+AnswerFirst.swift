extension ReplyReading {
  /// Where the reply answers the customer's question before anything else: a yes or a no standing
  /// alone at the start of its first sentence, or of the second after a salutation (a first line with
  /// no clause, "Dear Mrs Olsen,"): "Yes, Grace, they're
  /// stopped", "Dear Mrs Olsen, Yes.", "No. I can have a technician there tomorrow", "はい、今止めました".
  /// "No speech, Mr Lee" and "No replacement will be dispatched" are not answers: the word is not
  /// set off by punctuation.
  func answerFirst() -> Range<Int>? {
    let salutation = sentences.first.map { $0.clausal == 0 } ?? false
    let opening = sentences.prefix(salutation ? 2 : 1).map(\.range)
    guard let end = opening.last?.upperBound else { return nil }
    if let japanese {
      for (index, token) in japanese.tokens.enumerated() where token.range.lowerBound < end {
        guard token.morpheme.kind == .interjection,
          Self.japaneseAnswers.contains(String(String.UnicodeScalarView(token.morpheme.surface))),
          opening.contains(where: { $0.contains(token.range.lowerBound) }),
          index + 1 < japanese.tokens.count, japanese.tokens[index + 1].morpheme.kind == .symbol
        else { continue }
        return token.range
      }
      return nil
    }
    let words = english.words
    for (index, word) in words.enumerated() where word.range.lowerBound < end {
      let starts = index == 0 || words[index].sentenceBefore || words[index].breakBefore
      guard starts else { continue }
      if Self.englishAnswers.contains(word.key), index + 1 == words.count || words[index + 1].breakBefore {
        return word.range
      }
      // "Got it, short version:", "Understood."
      if word.key == "got", index + 1 < words.count, words[index + 1].key == "it",
        index + 2 == words.count || words[index + 2].breakBefore
      {
        return word.range.lowerBound..<words[index + 1].range.upperBound
      }
    }
    return nil
  }

  private static let englishAnswers: Set<String> = ["yes", "no", "yeah", "yep", "done", "understood"]
  private static let japaneseAnswers: Set<String> = ["はい", "いいえ", "ええ"]
}
