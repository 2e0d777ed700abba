/// A criterion's regular expression compiled once for ICU, with the literals every match contains
/// (read from the parsed pattern), so that it runs only on replies that contain them, and within a
/// budget on every one.
final class CompiledPattern: Sendable {
  /// What running a pattern on a reply found.
  enum Outcome: Equatable {
    /// The first match, in scalar offsets of the normalised text.
    case matched(Range<Int>)
    case notMatched
    /// ICU ran out of the match's budget: the criterion is judged not met, and the score says why.
    case overBudget
  }

  let regex: ICURegex
  let prefilter: PatternPrefilter

  /// Compiles `pattern`; throws when ICU refuses it.
  init(_ pattern: String, budget: Int32 = ICURegex.defaultBudget) throws {
    regex = try ICURegex(pattern, budget: budget)
    prefilter = PatternPrefilter(pattern)
  }

  /// Runs the pattern on a normalised reply in UTF-16 (``NormalizedText/utf16``, made once for all the
  /// patterns of a scorecard).
  func firstMatch(in utf16: [UInt16]) -> Outcome {
    switch regex.firstMatch(in: utf16) {
    case .found(let range):
      let start = NormalizedText.scalarOffset(utf16: range.lowerBound, in: utf16)
      let end = NormalizedText.scalarOffset(
        utf16: range.upperBound, in: utf16, from: (range.lowerBound, start))
      return .matched(start..<end)
    case .notFound: return .notMatched
    case .overBudget: return .overBudget
    }
  }
}
