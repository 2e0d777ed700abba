/// Every phrase of a scorecard compiled into one automaton, so a reply is scanned once whatever the
/// number of phrases.
struct PhraseMatcher: Sendable {
  let phrases: [Phrase]
  private let automaton: Automaton
  /// For each automaton pattern, the phrases that share its scalars.
  private let owners: [[Int]]

  init(phrases: [Phrase]) {
    self.phrases = phrases
    var patternIndex: [[Unicode.Scalar]: Int] = [:]
    var patterns: [[Unicode.Scalar]] = []
    var owners: [[Int]] = []
    for (index, phrase) in phrases.enumerated() where !phrase.scalars.isEmpty {
      if let existing = patternIndex[phrase.scalars] {
        owners[existing].append(index)
      } else {
        patternIndex[phrase.scalars] = patterns.count
        patterns.append(phrase.scalars)
        owners.append([index])
      }
    }
    self.owners = owners
    automaton = Automaton(patterns: patterns)
  }

  /// Every occurrence of every phrase at its word boundaries, with its negation.
  func matches(in text: [Unicode.Scalar]) -> [PhraseMatch] {
    var found: [PhraseMatch] = []
    automaton.scan(text) { pattern, end in
      let start = end - automaton.lengths[pattern]
      for index in owners[pattern] {
        let phrase = phrases[index]
        if phrase.needsBoundaryBefore, start > 0, ScriptClass.isWord(text[start - 1]) { continue }
        guard let matchEnd = phrase.completion(in: text, firstPartEnd: end) else { continue }
        if phrase.needsBoundaryAfter, matchEnd < text.count, ScriptClass.isWord(text[matchEnd]) { continue }
        let negation = Negation.negation(in: text, start: start, end: matchEnd, unspaced: phrase.isUnspaced)
        found.append(PhraseMatch(phrase: index, start: start, end: matchEnd, negation: negation))
      }
    }
    return found
  }
}
