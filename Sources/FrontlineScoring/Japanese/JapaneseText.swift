/// Japanese text read as words: the morphemes of a normalised text, and a stream of their canonical
/// base forms, which phrases are matched against from the start of a word.
///
/// Canonical forms let one phrase cover the inflected and polite forms of the same words: `確認して`,
/// `確認いたします` and `確認します` all read `確認する`; `申し訳ございません`,
/// `申し訳ありません` and `申し訳なく思っております` all read `申し訳ない`. Polite auxiliaries (`ます`,
/// `です`) are dropped, negation is kept as `ない`, humble verbs take their plain form
/// (`いたす` -> `する`, `おる` -> `いる`, `ござる` -> `ある`). Runs of other scripts (`A1042`,
/// `3-5 business days`) are kept as they are.
struct JapaneseText: Sendable {
  /// One morpheme placed in the stream.
  struct Token: Sendable {
    /// Where its canonical form is in the stream; empty for a morpheme that politeness drops.
    let range: Range<Int>
    let morpheme: Morpheme
    /// The canonical form, empty when dropped.
    let lemma: [Unicode.Scalar]
  }

  /// The stream of canonical forms, mapped back to the original reply.
  let stream: NormalizedText
  let tokens: [Token]
  /// For each stream position (and one past the end), whether a word starts there.
  let wordStarts: [Bool]

  /// Reads `normalized`; `nil` when MeCab is not available.
  init?(_ normalized: NormalizedText) {
    guard let analyzer = MeCabAnalyzer.shared else { return nil }
    self.init(normalized, morphemes: analyzer.analyze(normalized.scalars))
  }

  init(_ normalized: NormalizedText, morphemes: [Morpheme]) {
    let source = normalized.scalars
    var scalars: [Unicode.Scalar] = []
    var origin: [Int] = []
    scalars.reserveCapacity(source.count * 2)
    origin.reserveCapacity(source.count * 2)
    var tokens: [Token] = []
    tokens.reserveCapacity(morphemes.count)
    var previousWasOther: Bool?
    var previousEnd = 0
    func originOf(_ index: Int) -> Int {
      index < normalized.origin.count ? normalized.origin[index] : normalized.originalCount
    }
    for (position, morpheme) in morphemes.enumerated() {
      var lemma = Self.canonical(morpheme)
      // ありません, ございません: "there is not" reads as ない alone.
      if morpheme.kind == .verb && lemma.elementsEqual("ある".unicodeScalars),
        Self.negativeFollows(morphemes, after: position)
      {
        lemma = []
      }
      guard !lemma.isEmpty else {
        tokens.append(Token(range: scalars.count..<scalars.count, morpheme: morpheme, lemma: []))
        continue
      }
      let other =
        !morpheme.surface.contains(where: ScriptClass.isUnspaced) && !Self.isJapanesePunctuation(morpheme)
      if !scalars.isEmpty {
        if previousWasOther == true && other {
          // Between two tokens of a spaced script, keep the text as it was ("3-5 business days").
          for position in previousEnd..<morpheme.range.lowerBound {
            scalars.append(source[position])
            origin.append(originOf(position))
          }
        } else if previousWasOther == true || other, previousEnd < morpheme.range.lowerBound {
          // White space between a Japanese word and another script stays a space ("A1042 を").
          scalars.append(" ")
          origin.append(originOf(previousEnd))
        }
      }
      let start = scalars.count
      if other {
        for position in morpheme.range {
          scalars.append(source[position])
          origin.append(originOf(position))
        }
      } else {
        // Where the base form follows the surface (確認 of 確認し), each scalar maps to its own; past
        // that, to where they part, so evidence never cuts a word short.
        var shared = 0
        while shared < lemma.count, shared < morpheme.surface.count, lemma[shared] == morpheme.surface[shared]
        {
          shared += 1
        }
        for (offset, scalar) in lemma.enumerated() {
          scalars.append(scalar)
          origin.append(originOf(morpheme.range.lowerBound + min(offset, shared)))
        }
      }
      tokens.append(
        Token(range: start..<scalars.count, morpheme: morpheme, lemma: other ? morpheme.surface : lemma))
      previousWasOther = other
      previousEnd = morpheme.range.upperBound
    }
    stream = NormalizedText(scalars: scalars, origin: origin, basedOn: normalized)
    self.tokens = tokens
    var starts = [Bool](repeating: false, count: scalars.count + 1)
    for token in tokens where !token.range.isEmpty { starts[token.range.lowerBound] = true }
    wordStarts = starts
  }

  /// Whether a negative auxiliary follows the morpheme at `position`, past polite ones (ありません).
  private static func negativeFollows(_ morphemes: [Morpheme], after position: Int) -> Bool {
    for next in morphemes[(position + 1)...] {
      guard next.kind == .auxiliary else { return false }
      let base = String(String.UnicodeScalarView(next.base))
      if negativeAuxiliaries.contains(base) || base == "ない" { return true }
      if !politeAuxiliaries.contains(base) { return false }
    }
    return false
  }

  /// The canonical form of a phrase an author wrote, for matching against streams.
  ///
  /// The phrase is read followed by a comma, as it would stand in a sentence: alone, MeCab reads the
  /// `いただき` of `ご連絡いただき` as a noun, before a comma as the verb いただく.
  static func canonicalPhrase(_ normalized: [Unicode.Scalar], afterTopic: Bool = false)
    -> [Unicode.Scalar]?
  {
    guard let analyzer = MeCabAnalyzer.shared else { return nil }
    // After a topic (次回は…), MeCab may read the same words otherwise than at the start of a text:
    // お忘れなく opens with an interjection alone, with a prefix after は.
    let context: [Unicode.Scalar] = afterTopic ? ["今", "日", "は"] : []
    let padded = context + normalized + ["、"]
    let morphemes = analyzer.analyze(padded).filter {
      $0.range.lowerBound >= context.count && $0.range.lowerBound < context.count + normalized.count
    }
    guard morphemes.first?.range.lowerBound == context.count else { return nil }
    return JapaneseText(NormalizedText(plain: padded), morphemes: morphemes).stream.scalars
  }

  /// The index of the token whose stream range contains `position`, or the last one before it.
  func tokenIndex(at position: Int) -> Int? {
    var low = 0
    var high = tokens.count - 1
    var found: Int?
    while low <= high {
      let middle = (low + high) / 2
      if tokens[middle].range.lowerBound <= position {
        found = middle
        low = middle + 1
      } else {
        high = middle - 1
      }
    }
    return found
  }

  private static func isJapanesePunctuation(_ morpheme: Morpheme) -> Bool {
    morpheme.kind == .symbol && morpheme.surface.contains { $0.value >= 0x3000 && $0.value <= 0x303F }
  }

  private static let politeAuxiliaries: Set<String> = ["ます", "です", "ござる"]
  private static let plainVerbs: [String: String] = [
    "いたす": "する", "致す": "する", "なさる": "する", "おる": "いる", "ござる": "ある",
  ]
  private static let negativeAuxiliaries: Set<String> = ["ぬ", "ん"]

  /// The canonical form of one morpheme; empty when politeness drops it.
  private static func canonical(_ morpheme: Morpheme) -> [Unicode.Scalar] {
    let base = String(String.UnicodeScalarView(morpheme.base))
    switch morpheme.kind {
    case .auxiliary where politeAuxiliaries.contains(base):
      return []
    case .auxiliary where negativeAuxiliaries.contains(base):
      return Array("ない".unicodeScalars)
    case .verb where plainVerbs[base] != nil:
      return Array(plainVerbs[base]!.unicodeScalars)
    case .symbol:
      return morpheme.surface
    default:
      return morpheme.base
    }
  }
}
