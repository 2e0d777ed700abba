/// One morpheme of Japanese text, as the IPA dictionary describes it.
struct Morpheme: Sendable {
  /// The broad part of speech.
  enum Kind: Sendable {
    case noun, verb, adjective, auxiliary, particle, prefix, adverb, adnominal, conjunction, interjection
    case symbol, other
  }

  /// Offsets of the surface form in the analysed text.
  let range: Range<Int>
  let surface: [Unicode.Scalar]
  let kind: Kind
  /// The second field of the part of speech, e.g. `接続助詞`, `非自立`, `ナイ形容詞語幹`, `句点`.
  let detail: String
  /// The dictionary form (`確認し` -> `確認する`'s `する`), the surface when the dictionary has none.
  let base: [Unicode.Scalar]

  init(range: Range<Int>, surface: [Unicode.Scalar], feature: String) {
    self.range = range
    self.surface = surface
    let fields = feature.split(separator: ",", omittingEmptySubsequences: false)
    kind = fields.first.map { Self.kind(of: String($0)) } ?? .other
    detail = fields.count > 1 ? String(fields[1]) : ""
    let base = fields.count > 6 ? fields[6] : "*"
    self.base = base == "*" || base.isEmpty ? surface : Array(base.unicodeScalars)
  }

  private static func kind(of name: String) -> Kind {
    switch name {
    case "名詞": .noun
    case "動詞": .verb
    case "形容詞": .adjective
    case "助動詞": .auxiliary
    case "助詞": .particle
    case "接頭詞": .prefix
    case "副詞": .adverb
    case "連体詞": .adnominal
    case "接続詞": .conjunction
    case "感動詞": .interjection
    case "記号": .symbol
    default: .other
    }
  }

  /// Whether the base form is `text`.
  func isBase(_ text: String) -> Bool { base.elementsEqual(text.unicodeScalars) }

  /// Whether the surface form is `text`.
  func isSurface(_ text: String) -> Bool { surface.elementsEqual(text.unicodeScalars) }

  /// Whether the morpheme carries grammar (a particle, an auxiliary, a verb or an adjective), which a
  /// list of nouns has none of.
  var isGrammatical: Bool {
    switch kind {
    case .particle, .auxiliary, .verb, .adjective: true
    default: false
    }
  }
}
