import FrontlineModel

/// A figure the knowledge base's text states, with the sentence it stands in: "For parcels over $1,000
/// a courier investigation is mandatory before any replacement or refund". A reply that states the
/// same figure about the same thing repeats policy, whether or not the author typed it as a fact.
public struct PolicyFigure: Sendable, Equatable {
  public var quantity: Quantity
  /// The sentence, as the grader reads text (normalised: lower case, narrow forms).
  public var sentence: String
  /// The other figures of the sentence ("$199" beside "3 years").
  public var companions: [Quantity]

  /// The figures of a knowledge base text.
  public static func figures(in text: String) -> [PolicyFigure] {
    let scalars = TextNormalizer.normalize(text).scalars
    let mentions = QuantityParser.mentions(in: scalars)
    return mentions.map { mention in
      var start = mention.range.lowerBound
      while start > 0 && !ends(scalars[start - 1]) { start -= 1 }
      var end = mention.range.upperBound
      while end < scalars.count && !ends(scalars[end]) { end += 1 }
      let companions = mentions.filter {
        $0.range != mention.range && $0.range.lowerBound >= start && $0.range.upperBound <= end
      }
      return PolicyFigure(
        quantity: mention.quantity, sentence: String(String.UnicodeScalarView(scalars[start..<end])),
        companions: companions.map(\.quantity))
    }
  }

  /// Whether a reply's `quantity`, in a sentence about `facts` with the other figures `beside` it,
  /// repeats this figure: the same value, and either this sentence about one of the same facts (it has
  /// one of their `about` words) or a figure beside it here beside it there ("$199 for 3 years").
  func isRepeated(by quantity: Quantity, about facts: [Fact], beside: [Quantity]) -> Bool {
    func same(_ a: Quantity, _ b: Quantity) -> Bool { a.agrees(with: b) && b.agrees(with: a) }
    guard same(quantity, self.quantity) else { return false }
    if companions.contains(where: { companion in beside.contains { same($0, companion) } }) { return true }
    return facts.contains { fact in
      fact.about.contains { word in
        let stem = TextNormalizer.normalizePhrase(word).filter { $0 != "*" }
        return !stem.isEmpty && sentence.contains(String(String.UnicodeScalarView(stem)))
      }
    }
  }

  private static func ends(_ scalar: Unicode.Scalar) -> Bool {
    ".!?;\n。！？；".unicodeScalars.contains(scalar)
  }
}
