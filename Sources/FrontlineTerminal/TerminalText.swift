import Foundation

/// Text made safe and tidy for a terminal: control characters made visible, long lines wrapped by
/// display width (East Asian wide characters take two columns).
public enum TerminalText {
  /// `text` with control characters (escape sequences included) shown as `^X` instead of acting.
  /// Line breaks and tabs are kept when `keepLineBreaks`, else shown as spaces.
  ///
  /// Linear in the length of `text`: the text between the characters shown differently is copied
  /// into one string a run at a time, and text with nothing to show differently is returned as it is.
  public static func sanitize(_ text: String, keepLineBreaks: Bool = true) -> String {
    let scalars = text.unicodeScalars
    var result = ""
    var runStart = scalars.startIndex
    var index = runStart
    while index != scalars.endIndex {
      let next = scalars.index(after: index)
      if let shown = shown(scalars[index], keepLineBreaks: keepLineBreaks) {
        if result.isEmpty { result.reserveCapacity(text.utf8.count + 16) }
        result += Substring(scalars[runStart..<index])
        result += shown
        runStart = next
      }
      index = next
    }
    guard runStart != scalars.startIndex else { return text }
    result += Substring(scalars[runStart...])
    return result
  }

  /// How `scalar` is shown when it is not shown as itself: `^[` for an escape, `<U+9B>` for a C1 code
  /// or an invisible mark; `nil` for a character shown as it is.
  private static func shown(_ scalar: Unicode.Scalar, keepLineBreaks: Bool) -> String? {
    switch scalar.value {
    case 0x20..<0x7F, 0xA0..<0x200E: nil
    case 0x0A where keepLineBreaks: nil
    case 0x0A, 0x0D, 0x09: " "
    case 0x00..<0x20: "^" + String(Unicode.Scalar(UInt8(scalar.value + 0x40)))
    case 0x7F: "^?"
    case 0x80..<0xA0, 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
      "<U+\(String(scalar.value, radix: 16, uppercase: true))>"
    default: nil
    }
  }

  /// `text` sanitized for a single line: names, reasons and criteria in tables and lists.
  public static func oneLine(_ text: String) -> String { sanitize(text, keepLineBreaks: false) }

  /// Columns a character takes: two for East Asian wide and fullwidth characters and for emoji
  /// shown as pictures, one otherwise.
  static func width(_ character: Character) -> Int {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    // An emoji presentation selector, or a pair of regional indicators (a flag).
    if character.unicodeScalars.contains("\u{FE0F}") { return 2 }
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
      0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF,
      0x20000...0x3FFFD:
      return 2
    // Emoji that are pictures by default (East Asian Width W).
    case 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F1E6...0x1F1FF, 0x1F200...0x1F2FF, 0x231A...0x231B,
      0x23E9...0x23EC, 0x23F0, 0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693,
      0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3,
      0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
      0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55:
      return 2
    default:
      return 1
    }
  }

  /// Columns a string takes.
  public static func width(of text: String) -> Int { text.reduce(0) { $0 + width($1) } }

  /// `text` with spaces after it up to `width` columns; as it is when it is that wide already.
  public static func padded(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - self.width(of: text)))
  }

  /// The start of `text` that fits in `width` columns: a wide character that would cross the edge is
  /// left out.
  public static func prefix(_ text: String, width: Int) -> String {
    var used = 0
    var end = text.startIndex
    for index in text.indices {
      let next = used + self.width(text[index])
      if next > width { break }
      used = next
      end = text.index(after: index)
    }
    return String(text[..<end])
  }

  /// `text` with spaces before it up to `width` columns.
  public static func leftPadded(_ text: String, to width: Int) -> String {
    String(repeating: " ", count: max(0, width - self.width(of: text))) + text
  }

  /// `text` wrapped to `columns`, each line after the first starting with `indent`. Breaks at spaces
  /// where there are spaces, anywhere in Japanese and Chinese.
  public static func wrap(_ text: String, columns: Int, indent: String = "") -> [String] {
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var lineWidth = 0
      let limit = max(20, columns)
      for word in tokens(String(paragraph)) {
        let wordWidth = width(of: word)
        if lineWidth + wordWidth > limit, !line.trimmingCharacters(in: .whitespaces).isEmpty {
          lines.append(line.trimmingTrailingSpaces())
          line = indent
          lineWidth = width(of: indent)
          if word == " " { continue }
        }
        line += word
        lineWidth += wordWidth
      }
      lines.append(line.trimmingTrailingSpaces())
    }
    return lines
  }

  /// Words and the spaces between them; each wide character is a word of its own.
  private static func tokens(_ text: String) -> [String] {
    var tokens: [String] = []
    var current = ""
    for character in text {
      // Most text is ASCII: one column, never closing punctuation.
      if character.isASCII, character != " " {
        current.append(character)
        continue
      }
      // Closing punctuation never starts a line (kinsoku): it stays with what it closes.
      if "。、，．）」』】〕！？".contains(character), !tokens.isEmpty || !current.isEmpty {
        if current.isEmpty { tokens[tokens.count - 1].append(character) } else { current.append(character) }
        continue
      }
      if character == " " {
        if !current.isEmpty { tokens.append(current) }
        tokens.append(" ")
        current = ""
      } else if width(character) == 2 {
        if !current.isEmpty { tokens.append(current) }
        tokens.append(String(character))
        current = ""
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { tokens.append(current) }
    return tokens
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var text = self
    while text.hasSuffix(" ") { text.removeLast() }
    return text
  }
}
