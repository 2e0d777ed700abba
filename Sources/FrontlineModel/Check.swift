/// The test a criterion applies to a reply.
///
/// A phrase is one alternative of a list; a trailing `*` matches inflections (`apologi*`), and template
/// variables such as `{customer.name}` are substituted before matching.
public enum Check: Sendable, Equatable {
  /// Met when any of the phrases occurs.
  case any([String])
  /// Met when every group has at least one phrase that occurs.
  case all([[String]])
  /// Met when none of the phrases occurs (a forbidden list).
  case none([String])
  /// Met when the regular expression matches the normalised reply.
  case pattern(String)
  /// Met when the reply contains the customer's full, given or family name.
  case usesName
  /// Met when the transfer taken is the step's expected route; partial credit for acceptable ones.
  case route
  /// Met when the reply's length is within the bounds.
  case length(LengthBounds)
  /// Met when the phrases occur at most `max` times in all.
  case maxCount(phrases: [String], max: Int)
  /// Met when every group has a phrase in one and the same sentence.
  case together([[String]])
  /// Met when no sentence has a phrase of every group: a forbidden combination ("tell me" with "your
  /// password"). Authored as `none` with a list of phrase lists.
  case noneTogether([[String]])
  /// Met when the reply reads as sentences, not as a list of keywords or log lines.
  case sentences
  /// Met when the reply states the scenario's fact with this id correctly.
  case fact(String)
  /// Met when every statement the reply makes about the scenario's declared facts is right: no wrong
  /// or over-promised quantity, no invented charge or entitlement. The lexicon names the words that
  /// make a charge, a guarantee and an arrival.
  case facts(FactLexicon)
  /// Met when the reply acknowledges the customer: one of the phrases occurs, or another empathy
  /// criterion of the scorecard that looks for words (not a name, not a forbidden list) is met.
  case acknowledges([String])

  /// The authored key of this kind of check, e.g. `"any"`.
  public var kindName: String {
    switch self {
    case .any: "any"
    case .all: "all"
    case .none: "none"
    case .pattern: "pattern"
    case .usesName: "usesName"
    case .route: "route"
    case .length: "length"
    case .maxCount: "maxCount"
    case .together: "together"
    case .noneTogether: "none"
    case .sentences: "sentences"
    case .acknowledges: "acknowledges"
    case .fact: "fact"
    case .facts: "facts"
    }
  }

  /// Every phrase the check looks for.
  public var phrases: [String] {
    switch self {
    case .any(let list), .none(let list), .maxCount(let list, _), .acknowledges(let list): list
    case .all(let groups), .together(let groups), .noneTogether(let groups): groups.flatMap { $0 }
    case .facts(let lexicon): lexicon.lists.flatMap { $0 }
    case .pattern, .usesName, .route, .length, .sentences, .fact: []
    }
  }

  /// The authored keys of all kinds of check.
  public static let kindNames = [
    "any", "all", "none", "pattern", "usesName", "route", "length", "maxCount", "together", "sentences",
    "acknowledges", "fact", "facts",
  ]
}

/// Bounds on a reply's length, in characters and/or words.
public struct LengthBounds: Sendable, Equatable {
  public var minCharacters: Int?
  public var maxCharacters: Int?
  public var minWords: Int?
  public var maxWords: Int?

  public init(
    minCharacters: Int? = nil, maxCharacters: Int? = nil, minWords: Int? = nil, maxWords: Int? = nil
  ) {
    self.minCharacters = minCharacters
    self.maxCharacters = maxCharacters
    self.minWords = minWords
    self.maxWords = maxWords
  }
}

/// The words the facts check reads statements by, tuned once in the house rubric.
public struct FactLexicon: Sendable, Equatable {
  /// Words that state a charge ("fee", "costs", "手数料").
  public var charges: [String]
  /// Words that turn an estimate into a promise ("guarantee", "必ず").
  public var guarantees: [String]
  /// Words that make "today" or "tomorrow" a claim about when something arrives ("back in your
  /// account", "arrive", "届").
  public var arrivals: [String]
  /// Words that say something is free ("free", "no charge", "無料"): a sentence with one states no charge.
  public var frees: [String]
  /// Words that make an offer ("I can offer", "you'll get", "差し上げ"): naming a voucher is not
  /// offering one.
  public var offers: [String]
  /// Words that name a gift beyond policy ("goodwill", "free month", "クーポン", "お詫びのしるし"):
  /// offering one the knowledge base never mentions invents an entitlement, in any scenario.
  public var goodwill: [String]

  public init(
    charges: [String] = [], guarantees: [String] = [], arrivals: [String] = [], frees: [String] = [],
    offers: [String] = [], goodwill: [String] = []
  ) {
    self.charges = charges
    self.guarantees = guarantees
    self.arrivals = arrivals
    self.frees = frees
    self.offers = offers
    self.goodwill = goodwill
  }

  /// The lists in a fixed order, as the compiled check numbers them.
  public var lists: [[String]] { [charges, guarantees, arrivals, frees, offers, goodwill] }
}
