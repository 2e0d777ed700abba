import FrontlineModel

/// Everything about a scorecard that does not change from reply to reply, prepared once: the
/// criteria with their compiled checks and rendered texts, the phrase automaton, the categories.
final class ScorecardPlan: Sendable {
  let context: ScoringContext
  let categories: [Category]
  let categoryOrder: [String]
  let passMark: Double
  let criteria: [CriterionPlan]
  let matcher: PhraseMatcher
  /// For each phrase of the matcher, the criterion it belongs to.
  let phraseCriterion: [Int]
  /// For each phrase of the matcher, its group within an `all` check.
  let phraseGroup: [Int]
  /// Whether a criterion checks facts, so the reply's quantities must be read.
  let checksFacts: Bool
  /// The category weights when one of them is not 1, for a score to be recomputed from its
  /// categories; `nil` when all weigh the same.
  let unequalWeights: [String: Double]?
  /// What a reply can work out from the scenario's figures, when a criterion checks facts.
  let workedFigures: WorkedFigures
  /// Each criterion's constant members of a result in JSON, for `frontline score --responses-file`.
  let encodedCriteria: [EncodedCriterion]

  init(
    scorecard: Scorecard, criteria: [CriterionPlan], matcher: PhraseMatcher, phraseCriterion: [Int],
    phraseGroup: [Int]
  ) {
    context = scorecard.context
    var categories = scorecard.categories
    for criterion in criteria where !categories.contains(where: { $0.name == criterion.category }) {
      categories.append(Category(name: criterion.category, weight: 1))
    }
    self.categories = categories
    categoryOrder = categories.map(\.name)
    unequalWeights =
      categories.allSatisfy { $0.weight == 1 }
      ? nil : Dictionary(categories.map { ($0.name, $0.weight) }, uniquingKeysWith: { first, _ in first })
    passMark = scorecard.passMark
    self.criteria = criteria
    encodedCriteria = criteria.map(EncodedCriterion.init)
    self.matcher = matcher
    self.phraseCriterion = phraseCriterion
    self.phraseGroup = phraseGroup
    checksFacts = criteria.contains {
      switch $0.check {
      case .facts, .fact: true
      default: false
      }
    }
    let context = scorecard.context
    workedFigures = WorkedFigures(
      checksFacts
        ? context.facts.compactMap(\.value) + context.policyFigures.map(\.quantity) + context.situationFigures
        : [])
  }
}

/// One criterion, prepared: its check compiled, its description and tip rendered.
final class CriterionPlan: Sendable {
  let id: String
  let rubric: String?
  let category: String
  let description: String
  let tip: String?
  let points: Double
  let critical: Bool
  let negation: Bool
  let appliesWhen: Applicability?
  let partialCredit: Double
  let check: CompiledCheck
  let negated: Bool
  let voids: String?
  let tone: Bool

  init(_ criterion: Criterion, check: CompiledCheck, values: [String: String]) {
    id = criterion.id
    rubric = criterion.rubric
    category = criterion.category
    description = Template.render(criterion.description, values: values)
    tip = criterion.tip.map { Template.render($0, values: values) }
    points = criterion.points
    critical = criterion.critical
    negation = criterion.negation
    appliesWhen = criterion.appliesWhen
    partialCredit = criterion.partialCredit
    self.check = check
    negated = criterion.negated
    voids = criterion.voids
    tone = criterion.tone
  }
}

/// The compiled form of one criterion's check; phrase lists hold indices into the matcher.
enum CompiledCheck: Sendable {
  case any([Int])
  case all([[Int]])
  case none([Int])
  /// A regular expression and the phrases of its prefilter's literals, by the prefilter's numbering:
  /// it runs only when the literals found admit it.
  case pattern(CompiledPattern, literals: [Int])
  case usesName([Int])
  case route
  case length(LengthBounds)
  case maxCount([Int], max: Int)
  case together([[Int]])
  case noneTogether([[Int]])
  /// The scenario's facts with the groups their cue and not-offered phrases are in.
  case facts([FactPlan])
  case fact(FactPlan)
  case acknowledges([Int])
  case sentences

  /// Whether the check credits words the reply uses (so words in a list of keywords do not count).
  var creditsWords: Bool {
    switch self {
    case .any, .all, .together, .acknowledges: true
    case .none, .noneTogether, .usesName, .route, .length, .maxCount, .sentences, .pattern, .facts, .fact:
      false
    }
  }
}

/// A fact prepared for judging: which phrase groups of its criterion hold its cues and the things the
/// front line may not offer.
struct FactPlan: Sendable {
  let fact: Fact
  let cues: Int
  let notOffered: Int
}

/// The groups of a facts check's lexicon.
enum FactGroup {
  static let charges = 0
  static let guarantees = 1
  static let arrivals = 2
  static let frees = 3
  static let offers = 4
  /// Gifts beyond policy the knowledge base never mentions (those it mentions are left out).
  static let goodwill = 5
  /// The first group of the facts themselves: fact k has its cues in `first + 2k`, what may not be
  /// offered in `first + 2k + 1`.
  static let first = 6
}
