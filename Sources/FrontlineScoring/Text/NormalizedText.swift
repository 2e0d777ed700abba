/// Text prepared for matching, with a map back to the original so evidence shows the trainee's own
/// words.
public struct NormalizedText: Sendable {
  /// The normalised scalars: NFKC, case-folded, quotes and dashes folded, white space collapsed.
  public let scalars: [Unicode.Scalar]
  /// For each normalised scalar, the index of the original scalar it came from.
  let origin: [Int]
  /// The original text's scalars.
  let original: [Unicode.Scalar]

  /// The original text behind the normalised range `start..<end`.
  public func originalText(_ start: Int, _ end: Int) -> String {
    guard start < end, start < origin.count else { return "" }
    let from = origin[start]
    let to = end < origin.count ? origin[end] : original.count
    var text = String.UnicodeScalarView()
    text.append(contentsOf: original[from..<max(from, to)])
    return String(text).trimmingWhitespace()
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
