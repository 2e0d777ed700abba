/// A person's name as Frontline records it: a trainee's, a reviewer's, a team leader's. One rule for
/// every command, so the same person is always the same name:
///
/// - spaces around the name are dropped (`" dana "` is `dana`); spaces inside it are kept;
/// - an empty name is refused;
/// - a name longer than ``maximumLength`` characters (as a reader counts them: `田中 花子` is five) is
///   refused, never cut;
/// - a name with a control character (C0, DEL, C1) or an invisible line or direction mark
///   (U+2028, U+2029, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) is refused, never rewritten,
///   so a name shows on a terminal exactly as it is stored.
///
/// ```swift
/// let name = try TraineeName("  田中 花子 ")  // name.text == "田中 花子"
/// ```
///
/// Names already stored by an older Frontline are read as they are; the rule applies to names given
/// to a command.
public struct TraineeName: Hashable, Sendable, CustomStringConvertible {
  /// The most characters a name may have.
  public static let maximumLength = 80

  /// The name, without surrounding spaces.
  public let text: String

  /// `raw` as a name, or why it is not one.
  public init(_ raw: String) throws(Problem) {
    let text = Self.trimmingSpaces(raw)
    guard !text.isEmpty else { throw .empty }
    // The length first: counting is quick, and a name that is too long need not be read further.
    let length = text.count
    guard length <= Self.maximumLength else { throw .tooLong(length) }
    for (offset, scalar) in text.unicodeScalars.enumerated() where Self.isForbidden(scalar) {
      throw .controlCharacter(scalar, position: Self.characterPosition(ofScalar: offset, in: text))
    }
    self.text = text
  }

  public var description: String { text }

  /// Why a text is not a name; each message says what is wrong and what a name may be.
  public enum Problem: Error, Equatable, CustomStringConvertible {
    /// Nothing but spaces, or nothing at all.
    case empty
    /// A control character or an invisible mark, and at which character (counting from 1) it is.
    case controlCharacter(Unicode.Scalar, position: Int)
    /// More than ``TraineeName/maximumLength`` characters; how many there are.
    case tooLong(Int)

    public var description: String {
      switch self {
      case .empty: "a name cannot be empty"
      case .controlCharacter(let scalar, let position):
        "a name cannot contain control characters, and this one has "
          + "\(TraineeName.code(scalar)) at character \(position); type it as plain text"
      case .tooLong(let length):
        "a name has at most \(TraineeName.maximumLength) characters, and this one has \(length)"
      }
    }
  }

  /// Whether `scalar` may not be part of a name: what a terminal would obey or hide instead of show.
  static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00..<0x20, 0x7F..<0xA0, 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// `U+001B`, the way a message names a character.
  public static func code(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// `text` without the spaces (Unicode's space separators, the ideographic space included) before and
  /// after it. Tabs and line breaks are control characters, so they are refused, not trimmed.
  private static func trimmingSpaces(_ text: String) -> String {
    let scalars = text.unicodeScalars
    let isSpace = { (scalar: Unicode.Scalar) in scalar.properties.generalCategory == .spaceSeparator }
    guard let first = scalars.firstIndex(where: { !isSpace($0) }),
      let last = scalars.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(scalars[first...last])
  }

  /// The position (from 1) of the character holding the scalar at `offset`.
  private static func characterPosition(ofScalar offset: Int, in text: String) -> Int {
    let index = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: offset)
    return text[..<index].count + 1
  }
}
