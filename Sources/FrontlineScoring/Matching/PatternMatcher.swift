import Foundation

/// A regular expression compiled once, with literals one of which every match contains, so that it
/// runs only on replies that contain one of them.
final class CompiledPattern: @unchecked Sendable {
  // NSRegularExpression is immutable once made and safe to use from several threads.
  let expression: NSRegularExpression
  /// The same pattern for Frontline's own machine, when it is within the subset that machine runs;
  /// otherwise ICU runs it.
  let program: RegexProgram?
  /// What every match needs, as normalised literals: for some branch, every factor has one of its
  /// literals in the text. Empty when nothing could be proven.
  let requirements: [[[[Unicode.Scalar]]]]
  /// The literals every match contains, read from the parsed pattern.
  let prefilter: PatternPrefilter

  init(_ pattern: String) throws {
    expression = try NSRegularExpression(pattern: pattern)
    program = try? RegexProgram(RegexParser.parse(pattern))
    let branches = RequiredLiteral.branches(in: pattern) ?? []
    let normalized = branches.map { $0.map { $0.map(TextNormalizer.normalizePhrase) } }
    requirements = normalized.contains { $0.contains { $0.contains(where: \.isEmpty) } } ? [] : normalized
    prefilter = PatternPrefilter(pattern)
  }

  /// The first match in the normalised text, as a range of scalar offsets.
  /// `starts` are the only places a match can begin (empty: anywhere).
  func firstMatch(in text: NormalizedText, starts: [Int], string: @autoclosure () -> String) -> Range<Int>? {
    if let program { return RegexMachine.firstMatch(program, in: text.scalars, starts: starts) }
    return icuFirstMatch(in: string())
  }

  /// The first match found by ICU.
  func icuFirstMatch(in string: String) -> Range<Int>? {
    let range = NSRange(location: 0, length: string.utf16.count)
    guard let match = expression.firstMatch(in: string, range: range),
      let found = Range(match.range, in: string)
    else { return nil }
    let start = string.unicodeScalars.distance(from: string.startIndex, to: found.lowerBound)
    let length = string.unicodeScalars.distance(from: found.lowerBound, to: found.upperBound)
    return start..<(start + length)
  }
}

/// Finds literals that every match of a regular expression must contain, by a conservative reading
/// of the pattern: for each top-level alternative, its literal runs and groups of plain alternatives.
enum RequiredLiteral {
  /// For each top-level alternative, the factors every match of it contains: literal runs, and groups
  /// of plain alternatives such as `(hours|days)`. `nil` when some alternative has no factor.
  static func branches(in pattern: String) -> [[[String]]]? {
    // Quoting, property and code-point escapes and free-spacing mode are beyond this reading.
    for unsupported in ["\\Q", "\\p", "\\P", "\\x", "\\u", "\\N", "(?x", "(?ix", "(?xi"]
    where pattern.contains(unsupported) {
      return nil
    }
    var result: [[[String]]] = []
    for branch in split(pattern, at: 0) {
      let found = factors(in: branch)
      guard !found.isEmpty else { return nil }
      result.append(found)
    }
    return result
  }

  /// The parts of `pattern` between `|` at group depth `depth`.
  private static func split(_ pattern: String, at level: Int) -> [String] {
    var branches: [String] = []
    var current = ""
    var depth = 0
    var inClass = false
    var escaped = false
    for character in pattern {
      if escaped {
        escaped = false
        current.append(character)
        continue
      }
      switch character {
      case "\\": escaped = true
      case "[": inClass = true
      case "]": inClass = false
      case "(" where !inClass: depth += 1
      case ")" where !inClass: depth -= 1
      case "|" where !inClass && depth == level:
        branches.append(current)
        current = ""
        continue
      default: break
      }
      current.append(character)
    }
    branches.append(current)
    return branches
  }

  /// The factors of a branch: its top-level literal runs, and its unquantified groups of plain
  /// alternatives.
  private static func factors(in branch: String) -> [[String]] {
    var factors: [[String]] = runs(in: branch).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map
    { [$0] }
    let characters = Array(branch)
    var index = 0
    var depth = 0
    var groupStart = 0
    while index < characters.count {
      switch characters[index] {
      case "\\": index += 1
      case "[":
        while index < characters.count && characters[index] != "]" {
          index += characters[index] == "\\" ? 2 : 1
        }
      case "(":
        if depth == 0 { groupStart = index }
        depth += 1
      case ")":
        depth -= 1
        let quantified = index + 1 < characters.count && "?*{".contains(characters[index + 1])
        if depth == 0 && !quantified {
          var inner = String(characters[(groupStart + 1)..<index])
          if inner.hasPrefix("?:") { inner.removeFirst(2) }
          if !inner.hasPrefix("?") {
            let options = inner.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            if options.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == " " } }
            ) {
              factors.append(options)
            }
          }
        }
      default: break
      }
      index += 1
    }
    return factors
  }

  /// The top-level literal runs of a pattern without top-level alternation.
  static func runs(in pattern: String) -> [String] {
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
        guard index + 1 < characters.count else { return runs }
        let next = characters[index + 1]
        width = 2
        if !(next.isLetter || next.isNumber) && depth == 0 { literal = next }
        if "QEpPxuN".contains(next) { return [] }
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
        if depth == 0 { return [] }
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
    return runs
  }
}
