/// The rules for ids: kebab-case, so they are easy to type after `start` and `/transfer`.
public enum Identifier {
  /// Whether `text` is lower-case letters and digits joined by single hyphens.
  public static func isValid(_ text: String) -> Bool {
    guard !text.isEmpty, text.count <= 80, text.first != "-", text.last != "-", !text.contains("--")
    else { return false }
    return text.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
    }
  }
}
