/// The words that make English text sentences rather than a list: pronouns, determiners, auxiliaries,
/// prepositions, conjunctions and the commonest verbs and adverbs. A keyword list has almost none.
enum EnglishGrammar {
  /// Whether the word (as a key, apostrophes dropped) is a function word or a common verb.
  static func isGrammatical(_ key: String) -> Bool {
    words.contains(key) || (key.hasSuffix("nt") && words.contains(String(key.dropLast(2))))
  }

  /// Whether the word makes a clause: a pronoun, an article, an auxiliary or a common verb.
  static func isClausal(_ key: String) -> Bool {
    words.contains(key) && !nonClausal.contains(key)
  }

  /// Every key either question can hold for: the words, and the words with "nt" (a key in none of
  /// them is neither grammatical nor clausal).
  static var listedWords: Set<String> { words.union(words.map { $0 + "nt" }) }

  /// Grammatical words that make no clause on their own: prepositions, conjunctions, adverbs, negators.
  private static let nonClausal: Set<String> = [
    "to", "of", "in", "on", "at", "by", "for", "with", "from", "about", "into", "onto", "over", "under",
    "after",
    "before", "within", "until", "through", "during", "without", "via", "per", "as", "than", "like", "up",
    "out", "off", "across", "around", "between", "against", "towards", "toward", "upon", "and", "or", "but",
    "so", "if", "because", "while", "though", "although", "since", "unless", "whether", "then", "once", "nor",
    "just", "also", "very", "really", "too", "now", "today", "right", "still", "already", "only", "again",
    "back", "away", "soon", "even", "never", "always", "ever", "yes", "yet", "straight", "instead", "not",
    "no",
    "more", "most", "much", "many", "few", "all", "both", "each", "every", "some", "any", "other", "such",
  ]

  private static let words: Set<String> = [
    // Pronouns and their contractions.
    "i", "you", "we", "he", "she", "it", "they", "me", "us", "him", "her", "them", "my", "your", "our", "his",
    "its", "their", "mine", "yours", "ours", "theirs", "myself", "yourself", "ourselves", "this", "that",
    "these", "those", "there", "here", "what", "which", "who", "whom", "whose", "when", "where", "why", "how",
    "im", "youre", "were", "theyre", "thats", "theres", "heres", "ive", "youve", "weve", "theyve",
    "ill", "youll", "well", "itll", "theyll", "id", "youd", "wed", "lets", "whats", "hes", "shes",
    "someone", "something", "anything", "everything", "nothing", "anyone", "everyone",
    // Determiners.
    "a", "an", "the", "some", "any", "each", "every", "all", "both", "no", "another", "other", "such",
    "much", "many", "more", "most", "few", "either", "neither",
    // Auxiliaries and modals.
    "am", "is", "are", "was", "be", "been", "being", "have", "has", "had", "do", "does", "did", "will",
    "would", "shall", "should", "can", "could", "may", "might", "must", "cannot", "wont", "cant", "not",
    // Prepositions.
    "to", "of", "in", "on", "at", "by", "for", "with", "from", "about", "into", "onto", "over", "under",
    "after", "before", "within", "until", "through", "during", "without", "via", "per", "as", "than",
    "like", "up", "out", "off", "across", "around", "between", "against", "towards", "toward", "upon",
    // Conjunctions.
    "and", "or", "but", "so", "if", "because", "while", "though", "although", "since", "unless", "whether",
    "then", "once", "nor",
    // Common verbs.
    "get", "gets", "got", "getting", "take", "takes", "took", "make", "makes", "made", "go", "goes", "going",
    "went", "come", "comes", "came", "see", "sees", "saw", "know", "let", "give", "gives", "gave", "send",
    "sends", "sent", "need", "needs", "want", "wants", "look", "looks", "help", "keep", "put", "arrive",
    "arrives", "reach", "reaches", "happen", "happened", "feel", "think", "please",
    "thank", "thanks", "sort", "sorted", "fix", "fixed", "check", "checked", "said", "say", "tell", "told",
    "ask", "asked", "call", "pay", "paid", "wait", "waited", "waiting", "work", "works", "use", "find",
    "show",
    "set", "try", "leave", "bring", "hear", "mean", "seems", "sounds", "become", "stay", "receive",
    "received", "issue", "issued", "process", "processed", "arrange", "arranged", "book", "booked",
    // Verbs of schedules: "SK 406 leaves 6:10, lands 7:40".
    "leaves", "leaving", "lands", "landing", "departs", "departing", "arrived", "arriving", "starts", "ends",
    "runs", "lasts",
    // Adverbs.
    "just", "also", "very", "really", "too", "now", "today", "right", "still", "already", "only", "again",
    "back", "away", "soon", "even", "never", "always", "ever", "yes", "yet", "straight", "instead",
  ]
}
