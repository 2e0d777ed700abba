import CMeCab

/// Japanese morphological analysis through MeCab and its IPA dictionary: text in, morphemes with their
/// part of speech and base form out.
///
/// One model and tagger serve every thread; each analysis has its own lattice, which is what MeCab
/// needs to be used from several threads at once.
final class MeCabAnalyzer: @unchecked Sendable {
  /// The analyser, or `nil` when MeCab's dictionary is not installed (Debian: mecab-ipadic-utf8).
  static let shared: MeCabAnalyzer? = MeCabAnalyzer()

  private let model: OpaquePointer
  private let tagger: OpaquePointer

  private init?() {
    guard let model = mecab_model_new2("") else { return nil }
    guard let tagger = mecab_model_new_tagger(model) else {
      mecab_model_destroy(model)
      return nil
    }
    self.model = model
    self.tagger = tagger
  }

  deinit {
    mecab_destroy(tagger)
    mecab_model_destroy(model)
  }

  /// The morphemes of `scalars`, with their positions as offsets into `scalars`.
  func analyze(_ scalars: [Unicode.Scalar]) -> [Morpheme] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.count * 3)
    // For each byte offset, the scalar it belongs to (one past the end maps to the count).
    var scalarAt: [Int32] = []
    scalarAt.reserveCapacity(scalars.count * 3 + 1)
    for (index, scalar) in scalars.enumerated() {
      let before = bytes.count
      if scalar.value < 0x80 {
        bytes.append(UInt8(scalar.value))
      } else {
        bytes.append(contentsOf: UTF8.encode(scalar)!)
      }
      for _ in before..<bytes.count { scalarAt.append(Int32(index)) }
    }
    scalarAt.append(Int32(scalars.count))
    guard let lattice = mecab_model_new_lattice(model) else { return [] }
    defer { mecab_lattice_destroy(lattice) }
    var morphemes: [Morpheme] = []
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { text in
        mecab_lattice_set_sentence2(lattice, text, buffer.count)
        guard mecab_parse_lattice(tagger, lattice) != 0 else { return }
        var node = mecab_lattice_get_bos_node(lattice)
        while let current = node {
          let value = current.pointee
          node = value.next
          guard value.stat != UInt8(MECAB_BOS_NODE), value.stat != UInt8(MECAB_EOS_NODE),
            let surface = value.surface, value.length > 0
          else { continue }
          let start = surface - text
          let end = start + Int(value.length)
          guard start >= 0, end <= buffer.count else { continue }
          let range = Int(scalarAt[start])..<Int(scalarAt[end])
          guard let feature = value.feature else { continue }
          morphemes.append(Morpheme(range: range, surface: Array(scalars[range]), feature: feature))
        }
      }
    }
    return morphemes
  }
}
