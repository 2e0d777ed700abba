import Foundation

/// A regular expression compiled once, with literals one of which every match contains, so that it
/// runs only on replies that contain one of them.
struct CompiledPattern: @unchecked Sendable {
  // NSRegularExpression is immutable once made and safe to use from several threads.
  let expression: NSRegularExpression
  /// Normalised literals, one of which every match contains; empty when none could be proven.
  let requiredLiterals: [[Unicode.Scalar]]

  init(_ pattern: String) throws {
    expression = try NSRegularExpression(pattern: pattern)
    let literals = RequiredLiteral.alternatives(in: pattern)?.map(TextNormalizer.normalizePhrase) ?? []
    requiredLiterals = literals.contains(where: \.isEmpty) ? [] : literals
  }

  /// The first match in the normalised text, as a range of scalar offsets.
  func firstMatch(in string: String) -> Range<Int>? {
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
/// of the pattern: for each top-level alternative, its longest literal run outside groups.
enum RequiredLiteral {
  /// Literals one of which every match contains, or `nil` when none can be proven. Each top-level
  /// alternative contributes its best factor: a literal run, or a group of plain alternatives such as
  /// `(hours|days)`.
  static func alternatives(in pattern: String) -> [String]? {
    var literals: [String] = []
    for branch in split(pattern, at: 0) {
      guard let factor = bestFactor(in: branch) else { return nil }
      literals += factor
    }
    return literals
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

  /// The factor of a branch whose shortest literal is longest: a literal run, or an unquantified group of
  /// plain alternatives.
  private static func bestFactor(in branch: String) -> [String]? {
    var factors: [[String]] = []
    if let run = longest(in: branch), !run.trimmingCharacters(in: .whitespaces).isEmpty {
      factors.append([run])
    }
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
    return factors.max { ($0.map(\.count).min() ?? 0) < ($1.map(\.count).min() ?? 0) }
  }

  /// The longest top-level literal run of a pattern without top-level alternation.
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
