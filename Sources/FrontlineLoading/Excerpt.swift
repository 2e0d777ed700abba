/// Author-written text shortened for a message, so a 5 MB key or value is not printed in full.
enum Excerpt {
  /// The most characters of written text a message quotes.
  static let maximumLength = 80

  /// `text` itself when short, otherwise its first characters followed by an ellipsis.
  static func of(_ text: String) -> String {
    guard text.utf8.count > maximumLength, text.count > maximumLength else { return text }
    return String(text.prefix(maximumLength - 1)) + "…"
  }
}
