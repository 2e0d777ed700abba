import Foundation

/// A regular expression compiled once, with a literal it cannot match without, so that it runs only
/// on replies that contain that literal.
struct CompiledPattern: @unchecked Sendable {
  // NSRegularExpression is immutable once made and safe to use from several threads.
  let expression: NSRegularExpression
  /// A literal every match contains, normalised; `nil` when none could be proven.
  let requiredLiteral: [Unicode.Scalar]?

  init(_ pattern: String) throws {
    expression = try NSRegularExpression(pattern: pattern)
    requiredLiteral = RequiredLiteral.longest(in: pattern).map(TextNormalizer.normalizePhrase)
      .flatMap { $0.count >= 2 ? $0 : nil }
  }

  /// The first match in the normalised text, as a range of scalar offsets.
  func firstMatch(in text: NormalizedText, string: String) -> Range<Int>? {
    let range = NSRange(string.startIndex..<string.endIndex, in: string)
    guard let match = expression.firstMatch(in: string, range: range),
      let found = Range(match.range, in: string)
    else { return nil }
    let start = string.unicodeScalars.distance(from: string.startIndex, to: found.lowerBound)
    let length = string.unicodeScalars.distance(from: found.lowerBound, to: found.upperBound)
    return start..<(start + length)
  }
}

/// Finds a literal that every match of a regular expression must contain, by a conservative reading
/// of the pattern: only top-level literal runs count, and any alternation at the top level gives up.
enum RequiredLiteral {
  static func longest(in pattern: String) -> String? {
    let characters = Array(pattern)
    var runs: [String] = []
    var current = ""
    var depth = 0
    var index = 0
    func endRun() {
      if !current.isEmpty { runs.append(current) }
      current = ""
    }
    while index < characters.count {
      let character = characters[index]
      var literal: Character?
      var width = 1
      switch character {
      case "\\":
        guard index + 1 < characters.count else { return nil }
        let next = characters[index + 1]
        width = 2
        if !(next.isLetter || next.isNumber) && depth == 0 { literal = next }
        if next == "Q" || next == "E" || next == "p" || next == "P" || next == "x" || next == "u" {
          return nil
        }
      case "(":
        depth += 1
      case ")":
        depth -= 1
      case "[":
        // Skip a character class.
        var end = index + 1
        if end < characters.count, characters[end] == "^" { end += 1 }
        if end < characters.count, characters[end] == "]" { end += 1 }
        while end < characters.count, characters[end] != "]" {
          end += characters[end] == "\\" ? 2 : 1
        }
        width = end - index + 1
      case "|":
        if depth == 0 { return nil }
      case "{":
        // Skip a counted repetition such as {2,3}.
        var end = index + 1
        while end < characters.count, characters[end] != "}" { end += 1 }
        width = end - index + 1
      case ".", "^", "$", "*", "+", "?", "}":
        break
      default:
        if depth == 0 { literal = character }
      }
      let after = index + width
      let quantified = after < characters.count && "?*{".contains(characters[after])
      if let literal, !quantified {
        current.append(literal)
        if after < characters.count, characters[after] == "+" { endRun() }
      } else {
        endRun()
      }
      index = after
    }
    endRun()
    return runs.max { $0.count < $1.count }
  }
}
