import FrontlineModel

/// Says where and why a pattern that ICU refuses is wrong, in the author's terms.
enum PatternProblem {
  /// The most characters of the pattern shown on each side of the place it goes wrong.
  static let context = 30

  /// "an unclosed group at character 6 (marked ▸): '(ab|c▸'", or the pattern alone when no reason is
  /// known.
  static func describe(_ pattern: String) -> String {
    let scalars = Array(pattern.unicodeScalars)
    let failure: PatternParser.Failure
    do {
      _ = try PatternParser.parse(pattern)
      return "'\(Excerpt.of(pattern))'"
    } catch {
      failure = error
    }
    let offset = min(max(0, failure.offset), scalars.count)
    let before = String(String.UnicodeScalarView(scalars[max(0, offset - context)..<offset]))
    let after = String(String.UnicodeScalarView(scalars[offset..<min(scalars.count, offset + context)]))
    let lead = offset > context ? "…" : ""
    let tail = offset + context < scalars.count ? "…" : ""
    return "\(failure.reason) at character \(offset + 1) (marked ▸): '\(lead)\(before)▸\(after)\(tail)'"
  }
}
