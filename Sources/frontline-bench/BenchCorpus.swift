import Foundation
import FrontlineModel
import FrontlineScoring

/// A generated rubric and replies written from the same support vocabulary, so that replies hit some
/// phrases and miss most, as real ones do.
struct BenchCorpus {
  /// Words that carry meaning in support replies: phrases are made of these.
  static let content = [
    "sorry", "apologise", "apologies", "refund", "refunded", "replacement", "reship", "express", "order",
    "delivery",
    "courier", "tracking", "business", "days", "working", "account", "billing", "charge", "charged",
    "duplicate",
    "subscription", "plan", "upgrade", "storage", "trash", "settings", "transfer", "team", "manager",
    "supervisor",
    "understand", "frustrating", "inconvenience", "appreciate", "patience", "thank", "policy", "full", "free",
    "original", "payment", "method", "confirm", "email", "case", "number", "summary", "next", "step",
    "resolve",
    "issue", "problem", "arrive", "arrives", "week", "promise", "promised", "date", "late", "delay",
    "delayed",
    "choice", "prefer", "option", "options", "new", "today", "tomorrow", "within",
  ]
  /// Words that glue sentences together.
  static let filler = [
    "you", "your", "we", "will", "the", "a", "to", "for", "and", "of", "is", "it", "that", "this", "can",
    "have",
    "i", "our", "with", "on", "be", "as", "so", "right", "away", "help", "happen", "about", "there", "just",
  ]

  let phraseTexts: [String]
  let patterns: [String]
  let criteriaCount = 15

  var phraseCount: Int { phraseTexts.count }

  init(phraseCount: Int, patternCount: Int, generator: inout SeededGenerator) {
    var seen: Set<String> = []
    var phrases: [String] = []
    while phrases.count < phraseCount {
      // Mostly two- and three-word expressions; some single words with a wildcard ending.
      let length = Int.random(in: 1...6, using: &generator)
      var phrase: String
      if length == 1 {
        let word = Self.content.randomElement(using: &generator)!
        phrase = String(word.prefix(max(4, word.count - 2))) + "*"
      } else {
        let words = (0..<(length % 2 + 2)).map { index in
          index == 1 && Bool.random(using: &generator)
            ? Self.filler.randomElement(using: &generator)! : Self.content.randomElement(using: &generator)!
        }
        phrase = words.joined(separator: " ")
      }
      if seen.insert(phrase).inserted { phrases.append(phrase) }
    }
    phraseTexts = phrases
    patterns = (0..<patternCount).map { index in
      [
        #"\b(3|three)\s*(-|to)\s*(5|five) (business |working )?days\b"#, #"\$\s?\d+(\.\d\d)?"#,
        #"\border [a-z]\d{4}\b"#, #"\b(within|in) \d+ (hours|days)\b"#, #"\bcase (number )?\d{5,}\b"#,
      ][index % 5] + (index < 5 ? "" : "|\\bvariant\(index)\\b")
    }
  }

  /// The rubric: the phrases spread over any/all/none/maxCount criteria in three categories, plus the
  /// patterns, a name check, a length check and a route check.
  func scorecard() -> Scorecard {
    let categories = ["empathy", "accuracy", "routing"]
    var criteria: [Criterion] = []
    // Twelve phrase criteria, as a real scorecard groups its phrases.
    let chunk = (phraseTexts.count + 11) / 12
    for index in 0..<12 {
      let list = Array(
        phraseTexts[min(phraseTexts.count, index * chunk)..<min(phraseTexts.count, (index + 1) * chunk)])
      guard !list.isEmpty else { continue }
      let check: Check =
        switch index % 4 {
        case 0: .any(list)
        case 1: .all([Array(list.prefix(list.count / 2)), Array(list.suffix(list.count - list.count / 2))])
        case 2: .none(list)
        default: .maxCount(phrases: list, max: 2)
        }
      criteria.append(
        Criterion(
          id: "phrases-\(index)", category: categories[index % 2], description: "phrases \(index)",
          check: check))
    }
    for (index, pattern) in patterns.enumerated() {
      criteria.append(
        Criterion(
          id: "pattern-\(index)", category: "accuracy", description: "pattern", check: .pattern(pattern)))
    }
    criteria.append(Criterion(id: "name", category: "empathy", description: "name", check: .usesName))
    criteria.append(
      Criterion(
        id: "length", category: "accuracy", description: "length", check: .length(LengthBounds(maxWords: 120))
      ))
    criteria.append(Criterion(id: "route", category: "routing", description: "route", check: .route))
    return Scorecard(
      categories: Category.defaults, passMark: 70, criteria: criteria,
      context: ScoringContext(customerNames: ["Dana Reyes", "Dana", "Reyes"], expectedRoute: .none))
  }

  /// A reply of about 300 characters: support vocabulary, a few of the rubric's phrases, sometimes a name,
  /// an amount or a deadline.
  func reply(using generator: inout SeededGenerator) -> String {
    var text = Bool.random(using: &generator) ? "Hi Dana, " : "Hello, "
    while text.count < 290 {
      let roll = Int.random(in: 0..<60, using: &generator)
      switch roll {
      case 0: text += "it will arrive in 3-5 business days. "
      case 1: text += "the charge was $49.99 on your card. "
      case 2: text += "I'm not sorry, "
      case 3...7:
        text += phraseTexts.randomElement(using: &generator)!.replacingOccurrences(of: "*", with: "ed") + " "
      case 8...25: text += Self.content.randomElement(using: &generator)! + (roll % 9 == 0 ? ". " : " ")
      default: text += Self.filler.randomElement(using: &generator)! + (roll % 13 == 0 ? ", " : " ")
      }
    }
    return text
  }
}
