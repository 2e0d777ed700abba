import Synchronization

/// A phrase ready for matching: normalised, with its wildcards and word-boundary rules.
///
/// A `*` at the end of a word matches the rest of that word: `apologi*` matches "apologise" and
/// "apologies", `count* toward*` matches "counts towards".
struct Phrase: Sendable, Hashable {
  /// The normalised text up to the first wildcard: what the automaton looks for.
  let scalars: [Unicode.Scalar]
  /// Whether `scalars` ends in a wildcard.
  let wildcard: Bool
  /// What must follow the first part, each with its own trailing wildcard.
  let rest: [Segment]
  /// Matches anywhere, word boundaries or not (the literals that gate regular expressions).
  let anywhere: Bool
  /// The phrase as written, for messages.
  let text: String

  /// A piece of a phrase after a wildcard.
  struct Segment: Sendable, Hashable {
    let scalars: [Unicode.Scalar]
    let wildcard: Bool
  }

  /// The forms an authored phrase is matched in: itself, and for a Japanese phrase both its words'
  /// base forms and the stem as written (`戻` of `ベーシックに戻`, which base forms would turn into 戻る).
  /// Each phrase is read once per process (Japanese ones by MeCab), however many scorecards share it:
  /// the house rubric is in every step's.
  static func forms(of authored: String) -> [Phrase] {
    if let known = formsRead.withLock({ $0[authored] }) { return known }
    let canonical = Phrase(authored)
    let surface = Phrase(authored, canonical: false)
    var forms = canonical.scalars == surface.scalars ? [canonical] : [canonical, surface]
    let afterTopic = Phrase(authored, afterTopic: true)
    if !forms.contains(where: { $0.scalars == afterTopic.scalars }) { forms.append(afterTopic) }
    formsRead.withLock { read in
      if read.count >= formsKept { read.removeAll(keepingCapacity: true) }
      read[authored] = forms
    }
    return forms
  }

  /// The most phrases whose forms are kept; authored libraries hold a few thousand.
  static let formsKept = 100_000
  private static let formsRead = Mutex<[String: [Phrase]]>([:])

  init(_ authored: String, canonical: Bool = true, afterTopic: Bool = false) {
    let trimmed = authored.trimmingWhitespace()
    text = trimmed
    var segments: [Segment] = []
    var current = ""
    for character in trimmed {
      if character == "*" {
        segments.append(Segment(scalars: TextNormalizer.normalizePhrase(current), wildcard: true))
        current = ""
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty || segments.isEmpty {
      // Keep a leading space: "count* toward*" is "count", then " toward".
      let normalized = TextNormalizer.normalizePhrase(current)
      let spaced =
        current.first.map { $0.isWhitespace } == true && !segments.isEmpty ? [" "] + normalized : normalized
      segments.append(Segment(scalars: spaced, wildcard: false))
    }
    for index in segments.indices.dropFirst() where segments[index].scalars.first != " " {
      segments[index] = Segment(scalars: [" "] + segments[index].scalars, wildcard: segments[index].wildcard)
    }
    if canonical, segments.count == 1, !segments[0].wildcard,
      segments[0].scalars.contains(where: ScriptClass.isUnspaced),
      let lemmas = JapaneseText.canonicalPhrase(segments[0].scalars, afterTopic: afterTopic), !lemmas.isEmpty
    {
      // Japanese phrases are matched as words, in their base forms.
      segments[0] = Segment(scalars: lemmas, wildcard: false)
    }
    scalars = segments[0].scalars
    wildcard = segments[0].wildcard
    rest = Array(segments.dropFirst())
    anywhere = false
  }

  /// A literal that matches anywhere.
  init(literal: [Unicode.Scalar]) {
    scalars = literal
    wildcard = false
    rest = []
    anywhere = true
    var view = String.UnicodeScalarView()
    view.append(contentsOf: literal)
    text = String(view)
  }

  /// Whether the phrase needs a word boundary before it (it starts with a word character of a spaced
  /// script).
  var needsBoundaryBefore: Bool { !anywhere && (scalars.first.map(ScriptClass.isWord) ?? false) }

  /// Whether the phrase needs a word boundary after it: its last part ends with a word character of a
  /// spaced script and no wildcard.
  var needsBoundaryAfter: Bool {
    let last = rest.last.map { ($0.scalars, $0.wildcard) } ?? (scalars, wildcard)
    return !anywhere && !last.1 && (last.0.last.map(ScriptClass.isWord) ?? false)
  }

  /// Japanese and Chinese phrases are negated by what follows them, others by what precedes them.
  var isUnspaced: Bool { scalars.first.map(ScriptClass.isUnspaced) ?? false }

  /// Where the whole phrase ends in `text`, given that its first part ends at `end`; `nil` when the
  /// rest does not follow.
  func completion(in text: [Unicode.Scalar], firstPartEnd end: Int) -> Int? {
    var position = end
    if wildcard { position = Phrase.wordEnd(in: text, from: position) }
    for segment in rest {
      let stop = position + segment.scalars.count
      guard stop <= text.count, text[position..<stop].elementsEqual(segment.scalars) else { return nil }
      position = stop
      if segment.wildcard { position = Phrase.wordEnd(in: text, from: position) }
    }
    return position
  }

  private static func wordEnd(in text: [Unicode.Scalar], from start: Int) -> Int {
    var position = start
    while position < text.count, ScriptClass.isWord(text[position]) { position += 1 }
    return position
  }
}

/// One occurrence of a phrase in a normalised reply.
struct PhraseMatch: Sendable {
  /// The phrase's index in the matcher.
  let phrase: Int
  let start: Int
  let end: Int
  /// Where the words that negate it are, when it is negated ("can't").
  var negation: Range<Int>? = nil
  /// Whether it stands in a fragment (a list of keywords) rather than a sentence.
  var inFragment = false
  /// Whether it says what the customer deserved ("you should have had it days ago"), which a list of
  /// blaming words must not count.
  var deserved = false
}
