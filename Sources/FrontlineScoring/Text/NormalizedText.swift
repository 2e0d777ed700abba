/// Text prepared for matching, with a map back to the original so evidence shows the trainee's own
/// words.
public struct NormalizedText: Sendable {
  /// The normalised scalars: NFKC, case-folded, quotes and dashes folded, white space collapsed.
  public let scalars: [Unicode.Scalar]
  /// For each normalised scalar, the index of the original scalar it came from.
  let origin: [Int]
  /// The original text's scalars.
  let original: [Unicode.Scalar]

  /// The original text behind the normalised range `start..<end`, without surrounding white space.
  public func originalText(_ start: Int, _ end: Int) -> String {
    let range = originalOffsets(start, end)
    var from = range.lowerBound
    var to = range.upperBound
    while from < to, original[from].properties.isWhitespace { from += 1 }
    while to > from, original[to - 1].properties.isWhitespace { to -= 1 }
    var text = String.UnicodeScalarView()
    text.append(contentsOf: original[from..<to])
    return String(text)
  }

  /// The character offsets in the original text of the normalised range `start..<end`.
  public func originalOffsets(_ start: Int, _ end: Int) -> Range<Int> {
    guard start < origin.count else { return original.count..<original.count }
    let from = origin[start]
    let to = end < origin.count ? origin[end] : original.count
    return from..<max(from, to)
  }

  /// The normalised text as a string, for regular expressions.
  public var string: String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }
}

extension String {
  func trimmingWhitespace() -> String {
    var scalars = Substring(self).unicodeScalars
    while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
    return String(scalars)
  }
}
