/// Suggestions for misspelt names.
public enum Spelling {
  /// The candidate closest to `word` within a small edit distance, ignoring case.
  public static func closest(to word: String, in candidates: [String]) -> String? {
    let lower = Array(word.lowercased())
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(lower, Array(candidate.lowercased()))
      let limit = candidate.count <= 3 ? 1 : candidate.count < 9 ? 2 : 3
      if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
    }
    return best?.name
  }

  private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      previous = current
    }
    return previous[b.count]
  }
}
