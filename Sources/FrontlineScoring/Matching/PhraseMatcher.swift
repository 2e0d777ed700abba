/// Every phrase of a scorecard compiled into one automaton, so a reply is scanned once whatever the
/// number of phrases.
struct PhraseMatcher: Sendable {
  let phrases: [Phrase]
  private let automaton: Automaton
  /// For each automaton pattern, the range of `ownerList` naming the phrases that share its scalars.
  private let owners: [Range<Int>]
  private let ownerList: [Int]
  /// Per phrase, what matching needs to know, kept apart so the hot loop copies no phrase.
  private let rules: [Rules]

  /// The boundary, wildcard and negation rules of one phrase.
  private struct Rules: Sendable {
    var anywhere: Bool
    var boundaryBefore: Bool
    var boundaryAfter: Bool
    var simple: Bool
    var unspaced: Bool
  }

  init(phrases: [Phrase]) {
    self.phrases = phrases
    var patternIndex: [[Unicode.Scalar]: Int] = [:]
    var patterns: [[Unicode.Scalar]] = []
    var lists: [[Int]] = []
    for (index, phrase) in phrases.enumerated() where !phrase.scalars.isEmpty {
      if let existing = patternIndex[phrase.scalars] {
        lists[existing].append(index)
      } else {
        patternIndex[phrase.scalars] = patterns.count
        patterns.append(phrase.scalars)
        lists.append([index])
      }
    }
    var ranges: [Range<Int>] = []
    var flat: [Int] = []
    for list in lists {
      ranges.append(flat.count..<(flat.count + list.count))
      flat += list
    }
    owners = ranges
    ownerList = flat
    rules = phrases.map {
      Rules(
        anywhere: $0.anywhere, boundaryBefore: $0.needsBoundaryBefore, boundaryAfter: $0.needsBoundaryAfter,
        simple: !$0.wildcard && $0.rest.isEmpty, unspaced: $0.isUnspaced)
    }
    automaton = Automaton(patterns: patterns)
  }

  /// Every occurrence of every phrase at its word boundaries. Literals that gate regular expressions are
  /// listed apart, in `literals`, as (phrase, start); `literalsOnly` finds nothing else. In a
  /// stream of Japanese base forms (`wordStarts` says where its words start) Japanese phrases start at
  /// a word; they may end inside one, so that the stem 着払 finds 着払い.
  func matches(
    in text: [Unicode.Scalar], literals: inout [(phrase: Int, start: Int)], literalsOnly: Bool = false,
    wordStarts: [Bool]? = nil
  ) -> [PhraseMatch] {
    var found: [PhraseMatch] = []
    found.reserveCapacity(32)
    automaton.scan(text) { pattern, end in
      let start = end - automaton.lengths[pattern]
      for index in ownerList[owners[pattern]] {
        let rule = rules[index]
        if rule.anywhere {
          if wordStarts == nil { literals.append((index, start)) }
          continue
        }
        if literalsOnly { continue }
        if rule.boundaryBefore, start > 0, ScriptClass.isWord(text[start - 1]) { continue }
        if let wordStarts, rule.unspaced, !wordStarts[start] { continue }
        var matchEnd = end
        if !rule.simple {
          guard let completed = phrases[index].completion(in: text, firstPartEnd: end) else { continue }
          matchEnd = completed
        }
        if rule.boundaryAfter, matchEnd < text.count, ScriptClass.isWord(text[matchEnd]) { continue }
        found.append(PhraseMatch(phrase: index, start: start, end: matchEnd))
      }
    }
    return found
  }
}
