/// Stems a morpheme's canonical form may start with, for word classes the reading recognises by
/// base form: 忘れ for 忘れる and a noun 忘れ alike, いただ for いただく and いただける.
struct LemmaStems: Sendable, ExpressibleByArrayLiteral {
  private let stems: [[Unicode.Scalar]]

  init(arrayLiteral words: String...) {
    stems = words.map { Array($0.unicodeScalars) }
  }

  /// Whether the token's canonical form starts with one of the stems.
  func matches(_ token: JapaneseText.Token) -> Bool {
    stems.contains { token.lemma.starts(with: $0) }
  }
}
