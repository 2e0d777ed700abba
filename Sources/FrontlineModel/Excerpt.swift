/// Written text shortened for a message, so a 5 MB key or a pasted reply is not quoted in full: loading
/// diagnostics and scoring notes use the same rule.
public enum Excerpt {
  /// The most characters of written text a message quotes.
  public static let maximumLength = 80

  /// `text` itself when short, otherwise its first characters followed by an ellipsis.
  public static func of(_ text: String) -> String {
    guard text.utf8.count > maximumLength, text.count > maximumLength else { return text }
    return String(text.prefix(maximumLength - 1)) + "…"
  }
}
