/// What a word is to the reading of English: grammatical, clausal (``EnglishGrammar``), its role for
/// negation scope (``Negation/Role``). Found with one look-up a word in a table made from their word
/// lists, rather than one in each list.
struct EnglishWordKind: Sendable, Equatable {
  let grammatical: Bool
  let clausal: Bool
  let role: Negation.Role

  /// The kind of `key` as the grammar and the negation lists say it, asking each of them.
  init(asking key: String) {
    grammatical = EnglishGrammar.isGrammatical(key)
    clausal = EnglishGrammar.isClausal(key)
    role = Negation.Role(key)
  }

  /// The kind of a word in no list.
  private init() {
    grammatical = false
    clausal = false
    role = []
  }

  /// The kind of `key` (lower case, apostrophes dropped), from the table.
  static func of(_ key: String) -> EnglishWordKind { listed[key] ?? unlisted }

  private static let unlisted = EnglishWordKind()

  /// Every word of the lists with its kind; any other word is ``unlisted``.
  private static let listed: [String: EnglishWordKind] = Dictionary(
    uniqueKeysWithValues: EnglishGrammar.listedWords.union(Negation.Role.listedWords).map {
      ($0, EnglishWordKind(asking: $0))
    })
}
