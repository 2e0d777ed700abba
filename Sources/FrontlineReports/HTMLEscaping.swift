/// Escaping text for HTML, and a markup type that escapes whatever is interpolated into it.
enum HTMLEscaping {
  /// `text` made safe for an HTML text node or a double- or single-quoted attribute value: `& < > " '`
  /// become character references, and control characters HTML forbids become U+FFFD.
  static func escape(_ text: String) -> String {
    var escaped = ""
    escaped.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#39;"
      case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
      case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}": escaped.unicodeScalars.append("\u{FFFD}")
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }
}

/// A piece of HTML markup. Its literal parts are markup written here; every `String` interpolated into
/// it is escaped, so text from files or trainees can only ever show as text. Numbers are interpolated as
/// they are, other `HTMLMarkup` as markup. Anything else does not compile, which keeps the escaping from
/// being forgotten.
struct HTMLMarkup: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
  /// The markup.
  private(set) var markup: String

  /// Markup built here from trusted parts (never from outside text).
  init(trusted markup: String) { self.markup = markup }

  init(stringLiteral value: String) { markup = value }

  init(stringInterpolation: StringInterpolation) { markup = stringInterpolation.markup }

  var description: String { markup }

  /// No markup.
  static let empty = HTMLMarkup(trusted: "")

  struct StringInterpolation: StringInterpolationProtocol {
    var markup = ""

    init(literalCapacity: Int, interpolationCount: Int) {
      markup.reserveCapacity(literalCapacity + interpolationCount * 16)
    }

    mutating func appendLiteral(_ literal: String) { markup += literal }

    /// Text: escaped.
    mutating func appendInterpolation(_ text: String) { markup += HTMLEscaping.escape(text) }

    /// Markup: as it is.
    mutating func appendInterpolation(_ html: HTMLMarkup) { markup += html.markup }

    /// Several pieces of markup, one after the other.
    mutating func appendInterpolation(_ parts: [HTMLMarkup]) {
      for part in parts { markup += part.markup }
    }

    mutating func appendInterpolation(_ number: Int) { markup += String(number) }

    mutating func appendInterpolation(_ number: Int64) { markup += String(number) }
  }
}

extension Array where Element == HTMLMarkup {
  /// The pieces one after the other, with `separator` between them.
  func joined(separator: HTMLMarkup = .empty) -> HTMLMarkup {
    HTMLMarkup(trusted: map(\.markup).joined(separator: separator.markup))
  }
}
