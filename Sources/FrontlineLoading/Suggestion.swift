import FrontlineModel

/// "Did you mean" guesses that stay cheap on hostile input.
enum Suggestion {
  /// The closest candidate, as ``Spelling/closest(to:in:)`` finds it. That never accepts more than three
  /// edits, so candidates whose length differs by more are skipped without comparing them: a huge key costs
  /// one count, not an edit distance per candidate.
  static func closest(to word: String, in candidates: [String]) -> String? {
    let near = nearCandidates(to: word, in: candidates)
    return near.isEmpty ? nil : Spelling.closest(to: word, in: near)
  }

  /// The candidates whose length is within three characters of the word's.
  static func nearCandidates(to word: String, in candidates: [String]) -> [String] {
    let length = word.count
    return candidates.filter { abs($0.count - length) <= 3 }
  }
}
