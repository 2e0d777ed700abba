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
    var bytes = Array(feature.utf8)
    bytes.append(0)
    self = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        Morpheme(range: range, surface: surface, feature: $0.baseAddress!)
      }
    }
  }

  /// Reads MeCab's feature string (`品詞,細分類1,…,活用形,原形,読み,発音`) straight from its bytes.
  init(range: Range<Int>, surface: [Unicode.Scalar], feature: UnsafePointer<CChar>) {
    self.range = range
    self.surface = surface
    var fields: [Range<Int>] = []
    var start = 0
    var index = 0
    while true {
      let byte = UInt8(bitPattern: feature[index])
      if byte == 0 || byte == UInt8(ascii: ",") {
        fields.append(start..<index)
        if byte == 0 || fields.count == 7 { break }
        start = index + 1
      }
      index += 1
    }
    func field(_ number: Int) -> String? {
      guard number < fields.count else { return nil }
      let range = fields[number]
      return UnsafeBufferPointer(start: feature + range.lowerBound, count: range.count)
        .withMemoryRebound(to: UInt8.self) { String(decoding: $0, as: UTF8.self) }
    }
    kind = field(0).map { Self.kinds[$0] ?? .other } ?? .other
    detail = field(1) ?? ""
    let base = field(6) ?? "*"
    self.base = base == "*" || base.isEmpty ? surface : Array(base.unicodeScalars)
  }

  private static let kinds: [String: Kind] = [
    "名詞": .noun, "動詞": .verb, "形容詞": .adjective, "助動詞": .auxiliary, "助詞": .particle, "接頭詞": .prefix,
    "副詞": .adverb, "連体詞": .adnominal, "接続詞": .conjunction, "感動詞": .interjection, "記号": .symbol,
  ]

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
