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

  /// "unknown mood 'angy'; did you mean 'angry'? Expected one of: …", for a value that must be one of a
  /// few names.
  static func unknownValue(_ what: String, _ text: String, among names: [String]) -> String {
    var message = "unknown \(what) '\(Excerpt.of(text))'"
    if let guess = closest(to: text, in: names) ?? prefixed(text, in: names) {
      message += "; did you mean '\(guess)'? Expected one of: "
    } else {
      message += "; expected one of: "
    }
    return message + names.joined(separator: ", ")
  }

  /// The one name that begins with the text, or that the text begins with (`escalat`, `escalations`).
  private static func prefixed(_ text: String, in names: [String]) -> String? {
    let lowered = text.lowercased()
    guard lowered.count >= 3 else { return nil }
    let matches = names.filter { $0.hasPrefix(lowered) || lowered.hasPrefix($0) }
    return matches.count == 1 ? matches[0] : nil
  }
}
