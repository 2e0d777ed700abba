extension PatternParser {
  /// After `\` outside a set: a literal, a class, an assertion, a back-reference or `\Q…\E`.
  mutating func parseEscape(flags: PatternFlags) throws(Failure) -> PatternSyntax {
    guard let scalar = current else { throw failure("a pattern that ends in '\\'") }
    index += 1
    let caseInsensitive = flags.caseInsensitive
    switch scalar {
    case "b", "B", "A", "z", "Z", "G": return .assertion
    case "1"..."9":
      while let next = current, ("0"..."9").contains(next) { index += 1 }
      return .backReference
    case "k":
      guard current == "<" else { throw failure("'\\k' without a group name") }
      while let next = current, next != ">" { index += 1 }
      guard current == ">" else { throw failure("an unfinished group name") }
      index += 1
      return .backReference
    case "Q":
      var quoted: [PatternSyntax] = []
      while index < scalars.count {
        if scalars[index] == "\\", index + 1 < scalars.count, scalars[index + 1] == "E" {
          index += 2
          break
        }
        quoted.append(.literal(scalars[index], caseInsensitive: caseInsensitive))
        index += 1
      }
      return .concatenation(quoted)
    default:
      if let literal = try parseLiteralEscape(scalar) {
        return .literal(literal, caseInsensitive: caseInsensitive)
      }
      try skipClassEscape(scalar)
      return .scalarSet(members: nil, caseInsensitive: caseInsensitive)
    }
  }

  /// The scalar a literal escape stands for (`\n`, `\x{1F600}`, `\u00e9`, `\.`), `nil` for a class
  /// escape. `scalar` is the one after `\`, already read.
  mutating func parseLiteralEscape(_ scalar: Unicode.Scalar) throws(Failure) -> Unicode.Scalar? {
    switch scalar {
    case "t": return "\t"
    case "n": return "\n"
    case "r": return "\r"
    case "f": return "\u{0C}"
    case "a": return "\u{07}"
    case "e": return "\u{1B}"
    case "c":
      guard let control = current else { throw failure("'\\c' without a letter") }
      index += 1
      return Unicode.Scalar(control.value & 0x1F)
    case "0":
      var value: UInt32 = 0
      for _ in 0..<3 {
        guard let digit = current, ("0"..."7").contains(digit) else { break }
        value = value * 8 + digit.value - 48
        index += 1
      }
      return Unicode.Scalar(value)
    case "x":
      if current == "{" {
        index += 1
        let value = hexadecimal(count: 8)
        guard current == "}", let value, let literal = Unicode.Scalar(value) else {
          throw failure("a bad '\\x{…}'")
        }
        index += 1
        return literal
      }
      guard let value = hexadecimal(count: 2), let literal = Unicode.Scalar(value) else {
        throw failure("a bad '\\x'")
      }
      return literal
    case "u", "U":
      let count = scalar == "u" ? 4 : 8
      let start = index
      guard let value = hexadecimal(count: count), index - start == count, let literal = Unicode.Scalar(value)
      else { throw failure("a bad '\\\(scalar)'") }
      return literal
    case "d", "D", "w", "W", "s", "S", "h", "H", "v", "V", "R", "X", "p", "P", "N": return nil
    default:
      // ICU refuses other escaped letters and digits; escaped punctuation is itself.
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        throw failure("an unknown escape '\\\(scalar)'")
      }
      return scalar
    }
  }

  /// Skips the rest of a class escape: the braces of `\p{…}`, `\P{…}` and `\N{…}`.
  mutating func skipClassEscape(_ scalar: Unicode.Scalar) throws(Failure) {
    guard "pPN".unicodeScalars.contains(scalar) else { return }
    guard current == "{" else {
      guard scalar != "N", current != nil else { throw failure("a bad '\\\(scalar)'") }
      index += 1  // `\pL`
      return
    }
    while let next = current, next != "}" { index += 1 }
    guard current == "}" else { throw failure("an unfinished '\\\(scalar){'") }
    index += 1
  }

  /// Up to `count` hexadecimal digits as a number; `nil` when there is none.
  private mutating func hexadecimal(count: Int) -> UInt32? {
    var value: UInt32?
    for _ in 0..<count {
      guard let digit = current, let number = Self.hexadecimalValue(digit) else { break }
      value = (value ?? 0) * 16 + number
      index += 1
    }
    return value
  }

  private static func hexadecimalValue(_ scalar: Unicode.Scalar) -> UInt32? {
    switch scalar {
    case "0"..."9": scalar.value - 48
    case "a"..."f": scalar.value - 87
    case "A"..."F": scalar.value - 55
    default: nil
    }
  }
}
