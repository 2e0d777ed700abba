import FrontlineModel

/// Everything that scores one reply: criteria, category weights, the pass mark, and the context the
/// criteria need (the customer's names, template values, the expected route).
public struct Scorecard: Sendable {
  public var categories: [Category]
  public var passMark: Double
  public var criteria: [Criterion]
  public var context: ScoringContext

  public init(categories: [Category], passMark: Double, criteria: [Criterion], context: ScoringContext) {
    self.categories = categories
    self.passMark = passMark
    self.criteria = criteria
    self.context = context
  }
}

/// What a reply is scored against besides the criteria: who the customer is and what routing the step
/// expects.
public struct ScoringContext: Sendable {
  public var scenarioID: String?
  public var stepID: String?
  /// The full, given and family names that count as using the customer's name.
  public var customerNames: [String]
  /// Template values substituted into phrases.
  public var values: [String: String]
  public var expectedRoute: ExpectedRoute
  public var acceptableRoutes: [String]
  public var channel: Channel?
  public var timeLimit: TimeLimit?
  /// The customer's mood when they reach this step on the scenario's main path; a reply scored with no
  /// mood given is scored against it.
  public var mood: Mood?
  /// The policy facts the scenario declares.
  public var facts: [Fact]
  /// Every figure the knowledge base's texts state, typed as a fact or not ("parcels over $1,000 need
  /// an investigation"): a reply that repeats one about the same thing repeats policy.
  public var policyFigures: [PolicyFigure] = []
  /// Every figure of the customer's situation: what they say in any step, who the scenario says they
  /// are and the trainee's briefing ("I fly in eight days", "48 lines for six years"). A reply that
  /// gives one back talks about the customer's circumstances, not policy.
  public var situationFigures: [Quantity] = []
  /// The step follows an earlier exchange with the customer on the scenario's main path (it is not
  /// the first): the customer has been greeted and heard, and a reply may answer their question
  /// first ("Yes, they're stopped").
  public var followUp = false
  /// The words the customer's questions in this step turn on (``ReplyReading/questionWords``): a
  /// follow-up that opens by answering in them acknowledges the customer.
  public var questionWords: Set<String> = []
  /// The customer asks in this step what they should do (``ReplyReading/asksWhatToDo``): a
  /// follow-up that opens with an instruction answers them.
  public var asksWhatToDo = false
  /// The knowledge base's texts, normalised: what policy mentions at all.
  public var knowledgeText: [Unicode.Scalar] = []

  public init(
    scenarioID: String? = nil, stepID: String? = nil, customerNames: [String] = [],
    values: [String: String] = [:],
    expectedRoute: ExpectedRoute = .none, acceptableRoutes: [String] = [], channel: Channel? = nil,
    timeLimit: TimeLimit? = nil, mood: Mood? = nil, facts: [Fact] = []
  ) {
    self.scenarioID = scenarioID
    self.stepID = stepID
    self.customerNames = customerNames
    self.values = values
    self.expectedRoute = expectedRoute
    self.acceptableRoutes = acceptableRoutes
    self.channel = channel
    self.timeLimit = timeLimit
    self.mood = mood
    self.facts = facts
  }

  /// The context of a scenario's step.
  public init(scenario: Scenario, step: Step, agentName: String = "Agent") {
    let customer = scenario.customer
    self.init(
      scenarioID: scenario.id, stepID: step.id,
      customerNames: Array(Set([customer.name, customer.givenName, customer.familyName])).sorted(),
      values: scenario.templateValues(agentName: agentName), expectedRoute: step.route,
      acceptableRoutes: step.acceptableRoutes, channel: scenario.channel, timeLimit: step.timeLimit,
      mood: scenario.expectedMood(at: step.id), facts: scenario.facts)
    policyFigures = scenario.knowledge.flatMap { PolicyFigure.figures(in: $0.text) }
    situationFigures = Self.situationFigures(of: scenario, values: values)
    followUp = scenario.steps.first?.id != step.id
    let messages = (step.messages + step.messageVariants.flatMap(\.messages)).map {
      Template.render($0, values: values)
    }
    // Each message is read once, for both what its questions turn on and whether it asks what to do.
    let readings = messages.map { ReplyReading(TextNormalizer.normalize($0)) }
    questionWords = readings.reduce(into: []) { $0.formUnion($1.questionWords) }
    asksWhatToDo = readings.contains { $0.asksWhatToDo }
    knowledgeText = TextNormalizer.normalize(scenario.knowledge.map(\.text).joined(separator: "\n")).scalars
  }

  /// The phrases of `list` the knowledge base's texts never mention but to rule them out ("no free
  /// month", "クーポンはお渡しできません").
  func unmentioned(_ list: [String]) -> [String] {
    let text = knowledgeText
    func ruledOut(_ range: Range<Int>) -> Bool {
      let before = String(String.UnicodeScalarView(text[max(0, range.lowerBound - 12)..<range.lowerBound]))
      let after = String(
        String.UnicodeScalarView(text[range.upperBound..<min(text.count, range.upperBound + 12)]))
      return ["no ", "not ", "never ", "cannot ", "without "].contains { before.contains($0) }
        || ["ません", "できない", "不可", "禁止", "しない"].contains { after.contains($0) }
    }
    return list.filter { phrase in
      let stem = Array(TextNormalizer.normalizePhrase(phrase).filter { $0 != "*" })
      guard !stem.isEmpty, stem.count <= text.count else { return true }
      return (0...(text.count - stem.count)).allSatisfy { start in
        let range = start..<(start + stem.count)
        return !text[range].elementsEqual(stem) || ruledOut(range)
      }
    }
  }

  private static func situationFigures(of scenario: Scenario, values: [String: String]) -> [Quantity] {
    var texts = [scenario.briefing, scenario.summary ?? "", scenario.customer.persona ?? ""]
    for step in scenario.steps {
      texts += step.messages
      texts += step.messageVariants.flatMap(\.messages)
    }
    return texts.flatMap { text in
      QuantityParser.mentions(in: TextNormalizer.normalize(Template.render(text, values: values)).scalars)
        .map(\.quantity)
    }
  }
}

/// Why a scorecard cannot be put together.
public enum ScoringError: Error, Equatable, CustomStringConvertible {
  /// The scenario names a rubric the library does not have.
  case unknownRubric(String)
  /// No scenario has this id.
  case unknownScenario(String)
  /// The scenario has no step with this id.
  case unknownStep(scenario: String, step: String, known: [String])
  /// A pattern does not compile.
  case invalidPattern(criterion: String, pattern: String)
  /// A criterion checks a fact the scenario does not declare.
  case unknownFact(criterion: String, fact: String, known: [String])

  public var description: String {
    switch self {
    case .unknownRubric(let id):
      "unknown rubric '\(id)'; run `frontline validate` to find the file that names it"
    case .unknownScenario(let id): "unknown scenario '\(id)'; `frontline list` shows the scenarios"
    case .unknownStep(let scenario, let step, let known):
      "scenario '\(scenario)' has no step '\(step)'; its steps are: \(known.joined(separator: ", "))"
    case .invalidPattern(let criterion, let pattern):
      "the pattern of criterion '\(criterion)' does not compile: \(pattern)"
    case .unknownFact(let criterion, let fact, let known):
      "criterion '\(criterion)' checks the fact '\(fact)', which the scenario's knowledge base does not declare"
        + (known.isEmpty ? " (it declares none)" : "; it declares: \(known.joined(separator: ", "))")
    }
  }
}

extension Scorecard {
  /// The scorecard of a scenario's step: its rubrics' criteria and its inline ones. Weights come from
  /// the rubrics (the first to name a category wins), the pass mark from the step, else the first
  /// rubric, else the default.
  public static func forStep(
    _ step: Step, in scenario: Scenario, library: Library, agentName: String = "Agent"
  )
    throws(ScoringError) -> Scorecard
  {
    var categories: [Category] = []
    var criteria: [Criterion] = []
    var rubricPassMark: Double?
    for id in scenario.rubricIDs(for: step) {
      guard let rubric = library.rubric(id) else { throw .unknownRubric(id) }
      for category in rubric.categories where !categories.contains(where: { $0.name == category.name }) {
        categories.append(category)
      }
      criteria += rubric.criteria
      rubricPassMark = rubricPassMark ?? rubric.passMark
    }
    if categories.isEmpty { categories = Category.defaults }
    criteria += step.criteria
    criteria += houseCriteria(
      library, excluded: scenario.houseExclusions(for: step), own: criteria, language: scenario.language)
    return Scorecard(
      categories: categories, passMark: step.passMark ?? rubricPassMark ?? Rubric.defaultPassMark,
      criteria: criteria, context: ScoringContext(scenario: scenario, step: step, agentName: agentName))
  }

  /// The house criteria a step's scorecard adds to its own: every house rubric's, less those excluded
  /// (`nil`: the step uses none) and those whose id the scorecard already has, in the scenario's
  /// `language`.
  static func houseCriteria(_ library: Library, excluded: Set<String>?, own: [Criterion], language: String)
    -> [Criterion]
  {
    guard let excluded else { return [] }
    let ids = Set(own.map(\.id))
    return library.houseRubrics.flatMap { rubric in
      rubric.criteria.filter { !excluded.contains($0.id) && !ids.contains($0.id) }.map {
        $0.inLanguage(language)
      }
    }
  }

  /// This scorecard with the house criteria a step of `scenario` would add (a rubric's examples are
  /// graded as the rubric grades in a conversation). A house rubric itself gets none.
  public func withHouseRules(of library: Library, scenario: Scenario?, step stepID: String?) -> Scorecard {
    var card = self
    let step = scenario.flatMap { scenario in stepID.flatMap(scenario.step) ?? scenario.steps.first }
    let excluded: Set<String>? =
      scenario.flatMap { scenario in step.flatMap { scenario.houseExclusions(for: $0) } } ?? []
    card.criteria += Self.houseCriteria(
      library, excluded: excluded, own: criteria, language: scenario?.language ?? "en")
    return card
  }

  /// The scorecard of one rubric on its own, in a context.
  public static func forRubric(_ rubric: Rubric, context: ScoringContext) -> Scorecard {
    Scorecard(
      categories: rubric.categories, passMark: rubric.passMark, criteria: rubric.criteria, context: context)
  }
}
