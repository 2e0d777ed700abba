/// Template text with `{variable}` placeholders; `{{` and `}}` are literal braces.
public enum Template {
  /// One piece of template text.
  public enum Piece: Equatable, Sendable {
    case literal(String)
    case variable(String)
  }

  /// A problem in template syntax.
  public struct SyntaxError: Error, Equatable, Sendable {
    /// What is wrong, for a diagnostic.
    public var message: String
  }

  /// Splits `text` into literals and variables.
  public static func parse(_ text: String) throws(SyntaxError) -> [Piece] {
    var pieces: [Piece] = []
    var literal = ""
    var index = text.startIndex
    while index < text.endIndex {
      let char = text[index]
      let next = text.index(after: index)
      if char == "{", next < text.endIndex, text[next] == "{" {
        literal.append("{")
        index = text.index(after: next)
      } else if char == "}", next < text.endIndex, text[next] == "}" {
        literal.append("}")
        index = text.index(after: next)
      } else if char == "{" {
        guard let close = text[next...].firstIndex(of: "}") else {
          throw SyntaxError(message: "'{' is not closed; write '{{' for a literal brace")
        }
        let name = String(text[next..<close])
        guard !name.isEmpty,
          name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" || $0 == "-" })
        else {
          throw SyntaxError(message: "'{\(name)}' is not a variable name; write '{{' for a literal brace")
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        literal = ""
        pieces.append(.variable(name))
        index = text.index(after: close)
      } else if char == "}" {
        throw SyntaxError(message: "'}' has no opening '{'; write '}}' for a literal brace")
      } else {
        literal.append(char)
        index = next
      }
    }
    if !literal.isEmpty { pieces.append(.literal(literal)) }
    return pieces
  }

  /// The variable names used in `text` (empty when the syntax is wrong).
  public static func variables(in text: String) -> [String] {
    ((try? parse(text)) ?? []).compactMap {
      if case .variable(let name) = $0 { name } else { nil }
    }
  }

  /// `text` with each variable replaced by its value; unknown variables are left as written.
  public static func render(_ text: String, values: [String: String]) -> String {
    guard text.utf8.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }) else {
      return text
    }
    guard let pieces = try? parse(text) else { return text }
    return pieces.map {
      switch $0 {
      case .literal(let string): string
      case .variable(let name): values[name] ?? "{\(name)}"
      }
    }.joined()
  }
}
