/// A scripted customer conversation for practice: who the customer is, what the trainee knows, and the
/// steps and endings of the conversation.
public struct Scenario: Sendable, Equatable {
  public var id: String
  public var title: String
  public var kind: ScenarioKind
  /// 1 (first week) to 5 (expert).
  public var difficulty: Int
  public var channel: Channel
  /// A BCP 47 language tag, e.g. `en` or `ja`.
  public var language: String
  /// One line for lists.
  public var summary: String?
  public var customer: Customer
  /// Extra template variables, e.g. `order` for `{order}`.
  public var variables: [String: String]
  /// What the trainee is told before the conversation starts.
  public var briefing: String
  /// What the trainee can look up during practice.
  public var knowledge: [KnowledgeEntry]
  /// Rubric ids that score every step that does not name its own.
  public var rubrics: [String]
  /// The steps; the first one opens the conversation.
  public var steps: [Step]
  public var endings: [Ending]
  /// Which house criteria score the scenario's steps (a step may say otherwise).
  public var house: HouseUse
  /// Other customers and facts for the same conversation; see ``version(_:)``.
  public var variants: [ScenarioVariant]

  public init(
    id: String, title: String, kind: ScenarioKind, difficulty: Int, channel: Channel, language: String,
    summary: String? = nil, customer: Customer, variables: [String: String] = [:], briefing: String,
    knowledge: [KnowledgeEntry] = [], rubrics: [String] = [], steps: [Step], endings: [Ending],
    house: HouseUse = .inherit, variants: [ScenarioVariant] = []
  ) {
    self.id = id
    self.title = title
    self.kind = kind
    self.difficulty = difficulty
    self.channel = channel
    self.language = language
    self.summary = summary
    self.customer = customer
    self.variables = variables
    self.briefing = briefing
    self.knowledge = knowledge
    self.rubrics = rubrics
    self.steps = steps
    self.endings = endings
    self.house = house
    self.variants = variants
  }

  /// The step with this id.
  public func step(_ id: String) -> Step? { steps.first { $0.id == id } }

  /// The ending with this id.
  public func ending(_ id: String) -> Ending? { endings.first { $0.id == id } }

  /// The rubric ids that score `step`: its own list, else the scenario's.
  public func rubricIDs(for step: Step) -> [String] { step.rubrics ?? rubrics }

  /// The ids of house criteria left out of `step`'s scorecard, or `nil` when the step uses no house
  /// criteria at all.
  public func houseExclusions(for step: Step) -> Set<String>? {
    var excluded: Set<String> = []
    for use in [house, step.house] {
      switch use {
      case .inherit: continue
      case .none: return nil
      case .except(let ids): excluded.formUnion(ids)
      }
    }
    return excluded
  }

  /// The values of the template variables, given who is practising.
  public func templateValues(agentName: String = "Agent") -> [String: String] {
    Self.templateValues(variables: variables, customer: customer, agentName: agentName)
  }

  /// The values of the template variables of a scenario with these variables and this customer.
  public static func templateValues(
    variables: [String: String], customer: Customer, agentName: String = "Agent"
  ) -> [String: String] {
    var values = variables
    values["customer.name"] = customer.name
    values["customer.givenName"] = customer.givenName
    values["customer.familyName"] = customer.familyName
    values["agent.name"] = agentName
    return values
  }
}

extension Scenario {
  /// The customer's mood on reaching a step by the scenario's main path: from the opening, each step's
  /// transitions are followed in order, the first reaching a step not yet seen, with their mood changes.
  public func expectedMood(at stepID: String) -> Mood? {
    guard let first = steps.first else { return nil }
    var moods: [String: Mood] = [first.id: customer.mood]
    var queue = [first.id]
    while !queue.isEmpty {
      let id = queue.removeFirst()
      if id == stepID { return moods[id] }
      guard let step = step(id), let mood = moods[id] else { continue }
      for transition in step.next where moods[transition.target] == nil && self.step(transition.target) != nil
      {
        moods[transition.target] = mood.shifted(by: transition.moodChange)
        queue.append(transition.target)
      }
    }
    return moods[stepID]
  }
}
