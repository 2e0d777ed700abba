/// Helpers for quoting a reply inside a note.
enum NoteText {
  /// `text` cut to `limit` characters, with an ellipsis when cut.
  static func clip(_ text: String, limit: Int = 80) -> String {
    text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
  }
}

extension String {
  /// The text with its first letter in lower case, to continue a sentence.
  var lowercasedFirst: String {
    guard let first else { return self }
    return first.lowercased() + dropFirst()
  }
}
