extension ReplyReading {
  /// The English clause holding `position`: from the clause break before it (a comma, a full stop, a
  /// bracket), a word that opens a clause ("but", "which", "so") or an "and"/"or" before a subject, up to
  /// the next. `nil` for a Japanese reply, whose sentences are read by their predicates instead.
  func englishClause(of position: Int) -> Range<Int>? {
    guard japanese == nil else { return nil }
    let words = english.words
    let index = english.firstWord(atOrAfter: position)
    guard index < words.count else { return nil }
    func opensClause(_ at: Int) -> Bool {
      let word = words[at]
      if word.breakBefore || word.role.contains(.clauseOpener) { return true }
      return (word.key == "and" || word.key == "or") && at + 1 < words.count
        && words[at + 1].role.contains(.subject)
    }
    var start = index
    while start > 0 && !opensClause(start) { start -= 1 }
    var end = index + 1
    while end < words.count && !opensClause(end) { end += 1 }
    return words[start].range
      .lowerBound..<(end < words.count ? words[end].range.lowerBound : text.scalars.count)
  }
}
