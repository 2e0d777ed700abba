/// Character classes that matching needs: word characters, and scripts written without spaces.
enum ScriptClass {
  /// Whether the scalar belongs to a script written without spaces between words (Japanese,
  /// Chinese), where phrases match as substrings.
  static func isUnspaced(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3040...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF66...0xFF9F,
      0x20000...0x2FA1F:
      true
    default:
      false
    }
  }

  /// Whether the scalar is part of a word in a spaced script.
  static func isWord(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 {
      return (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39)
        || (value >= 0x41 && value <= 0x5A)
        || value == 0x5F
    }
    if isUnspaced(scalar) { return false }
    let properties = scalar.properties
    return properties.isAlphabetic || properties.numericType != nil
  }

  /// Whether the scalar ends a clause for negation (English).
  static func isClauseBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ",", ".", ";", ":", "!", "?", "\n", "(", ")", "\"": true
    default: false
    }
  }

  /// Whether the scalar ends a sentence (Japanese).
  static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "。", "！", "？", "!", "?", ".", "\n": true
    default: false
    }
  }
}
