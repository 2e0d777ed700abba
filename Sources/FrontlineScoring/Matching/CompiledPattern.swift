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

  /// The expression ICU runs: the pattern, or for one written as an absence what must be absent.
  let regex: ICURegex
  /// The literals `regex` needs to match.
  let prefilter: PatternPrefilter
  /// For a pattern written as an absence (``absence(_:)``), the length of what it matches where the
  /// absent part is absent (0 for `^(?!…)`, 1 for `^(?!…)[\s\S]`); `nil` for any other pattern.
  let absenceMatch: Int?

  /// Compiles `pattern`; throws when ICU refuses it.
  init(_ pattern: String, budget: Int32 = ICURegex.defaultBudget) throws {
    let absence = Self.absence(pattern)
    let expression = absence?.body ?? pattern
    regex = try ICURegex(expression, budget: budget)
    prefilter = PatternPrefilter(expression)
    absenceMatch = absence?.width
  }

  /// What the pattern finds in a normalised reply in UTF-16 (``NormalizedText/utf16``, made once for all
  /// the patterns of a scorecard), given whether the prefilter admits the reply: a pattern not admitted
  /// is not run, and one written as an absence then matches, as what must be absent cannot be there.
  func outcome(admitted: Bool, in utf16: [UInt16]) -> Outcome {
    guard let width = absenceMatch else { return admitted ? expressionMatch(in: utf16) : .notMatched }
    guard admitted else { return .matched(0..<width) }
    switch expressionMatch(in: utf16) {
    case .matched: return .notMatched
    case .notMatched: return .matched(0..<width)
    case .overBudget: return .overBudget
    }
  }

  /// What the pattern finds in a reply, run whatever its literals.
  func firstMatch(in utf16: [UInt16]) -> Outcome { outcome(admitted: true, in: utf16) }

  /// A pattern written as "nowhere in the reply": `^(?![\s\S]*BODY)` or `^(?![\s\S]*?BODY)[\s\S]`,
  /// as authors write a prohibition. It matches exactly where `BODY`, searched anywhere, does not, so
  /// it is run as `BODY` with `BODY`'s literals as its prefilter: most replies lack them and need no
  /// run at all, where the lookahead form has none to offer and runs on every reply.
  static func absence(_ pattern: String) -> (body: String, width: Int)? {
    let scalars = Array(pattern.unicodeScalars)
    let openings = [#"^(?![\s\S]*?"#, #"^(?![\s\S]*"#].map { Array($0.unicodeScalars) }
    guard let opening = openings.first(where: { scalars.starts(with: $0) }) else { return nil }
    // The lookahead's closing bracket: brackets escaped or in a character class do not count.
    var depth = 0
    var inClass = false
    var index = 1
    var close: Int?
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\\" {
        index += 2
        continue
      }
      if inClass {
        if scalar == "]" { inClass = false }
      } else if scalar == "[" {
        inClass = true
      } else if scalar == "(" {
        depth += 1
      } else if scalar == ")" {
        depth -= 1
        if depth == 0 {
          close = index
          break
        }
      }
      index += 1
    }
    guard let close, close > opening.count else { return nil }
    let rest = String(String.UnicodeScalarView(scalars[(close + 1)...]))
    let width: Int
    switch rest {
    case "": width = 0
    case #"[\s\S]"#: width = 1
    default: return nil
    }
    return (String(String.UnicodeScalarView(scalars[opening.count..<close])), width)
  }

  /// Runs `regex` on a reply.
  private func expressionMatch(in utf16: [UInt16]) -> Outcome {
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
