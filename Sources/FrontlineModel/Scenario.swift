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

  public init(
    id: String, title: String, kind: ScenarioKind, difficulty: Int, channel: Channel, language: String,
    summary: String? = nil, customer: Customer, variables: [String: String] = [:], briefing: String,
    knowledge: [KnowledgeEntry] = [], rubrics: [String] = [], steps: [Step], endings: [Ending]
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
  }

  /// The step with this id.
  public func step(_ id: String) -> Step? { steps.first { $0.id == id } }

  /// The ending with this id.
  public func ending(_ id: String) -> Ending? { endings.first { $0.id == id } }

  /// The rubric ids that score `step`: its own list, else the scenario's.
  public func rubricIDs(for step: Step) -> [String] { step.rubrics ?? rubrics }

  /// The values of the template variables, given who is practising.
  public func templateValues(agentName: String = "Agent") -> [String: String] {
    var values = variables
    values["customer.name"] = customer.name
    values["customer.givenName"] = customer.givenName
    values["customer.familyName"] = customer.familyName
    values["agent.name"] = agentName
    return values
  }
}
