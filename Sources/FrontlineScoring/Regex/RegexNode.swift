/// The syntax tree of the regular-expression subset that Frontline runs itself.
indirect enum RegexNode: Sendable {
  case empty
  case scalar(Unicode.Scalar)
  case set(ScalarSet)
  case any
  case wordBoundary(Bool)
  case start
  case end
  case concat([RegexNode])
  case alternation([RegexNode])
  case repetition(RegexNode, min: Int, max: Int?, greedy: Bool)
}

/// A set of scalars: ranges and classes (`\d`, `\w`, `\s`), possibly negated, with a bitmap for ASCII.
struct ScalarSet: Sendable {
  enum ClassKind: Sendable {
    case digit, word, space
    case notDigit, notWord, notSpace
  }

  var ranges: [ClosedRange<UInt32>] = []
  var classes: [ClassKind] = []
  var negated = false
  /// Membership of the 128 ASCII scalars, filled in by `finish()`.
  private(set) var ascii: (UInt64, UInt64) = (0, 0)

  mutating func finish() {
    var low: UInt64 = 0
    var high: UInt64 = 0
    for value in 0..<UInt32(128) where slowContains(Unicode.Scalar(value)!) {
      if value < 64 { low |= 1 << value } else { high |= 1 << (value - 64) }
    }
    ascii = (low, high)
  }

  /// Whether the set holds an ASCII scalar, from the bitmap alone.
  static func bitmap(_ ascii: (UInt64, UInt64), contains value: UInt32) -> Bool {
    value < 64 ? ascii.0 & (1 << UInt64(value)) != 0 : ascii.1 & (1 << UInt64(value - 64)) != 0
  }

  func contains(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 64 { return ascii.0 & (1 << value) != 0 }
    if value < 128 { return ascii.1 & (1 << (value - 64)) != 0 }
    return slowContains(scalar)
  }

  private func slowContains(_ scalar: Unicode.Scalar) -> Bool {
    var found = ranges.contains { $0.contains(scalar.value) }
    if !found {
      found = classes.contains { kind in
        switch kind {
        case .digit: RegexClasses.isDigit(scalar)
        case .word: RegexClasses.isWord(scalar)
        case .space: RegexClasses.isSpace(scalar)
        case .notDigit: !RegexClasses.isDigit(scalar)
        case .notWord: !RegexClasses.isWord(scalar)
        case .notSpace: !RegexClasses.isSpace(scalar)
        }
      }
    }
    return found != negated
  }
}

/// The character classes as ICU defines them, so both engines agree.
enum RegexClasses {
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 128 { return scalar.value >= 48 && scalar.value <= 57 }
    return scalar.properties.numericType == .decimal
  }

  static func isWord(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 128 {
      return (value >= 97 && value <= 122) || (value >= 65 && value <= 90) || (value >= 48 && value <= 57)
        || value == 95
    }
    if value == 0x200C || value == 0x200D { return true }
    let properties = scalar.properties
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
    default: return properties.isAlphabetic
    }
  }

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 128 { return scalar.value == 32 || (scalar.value >= 9 && scalar.value <= 13) }
    return scalar.properties.isWhitespace
  }
}
