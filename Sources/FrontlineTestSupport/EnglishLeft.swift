import Foundation

/// What a test of the Japanese interface asks of an output: the English words left in it.
public enum EnglishLeft {
  /// The words of two or more ASCII letters in `text` that are not content: not in `allowed` (ids,
  /// names, English scenario text the test put there), not a command (`/transfer`, `--exam`), not
  /// an id with a hyphen or a dot (`late-delivery-refund`, `ladder.json`), and not inside a URL.
  public static func words(in text: String, allowing allowed: Set<String> = []) -> [String] {
    var found: [String] = []
    for token in text.split(whereSeparator: { $0.isWhitespace }) {
      let token = String(token)
      if token.hasPrefix("/") || token.hasPrefix("--") || token.contains("://") { continue }
      for word in asciiWords(token) where word.count >= 2 {
        if allowed.contains(word) || isIdentifierLike(word, in: token) { continue }
        found.append(word)
      }
    }
    return found
  }

  private static func asciiWords(_ token: String) -> [String] {
    token.split { !($0.isASCII && $0.isLetter) }.map(String.init)
  }

  private static func isIdentifierLike(_ word: String, in token: String) -> Bool {
    let core = token.trimmingCharacters(in: CharacterSet(charactersIn: "()[]「」『』,、。.:：;\"'“”!?"))
    return core.contains(where: { $0 == "-" || $0 == "." || $0 == "_" }) && core.contains(word)
  }
}
