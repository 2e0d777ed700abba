/// One turn of a scenario: what the customer says, how the trainee's reply is scored, and where the
/// conversation goes next.
public struct Step: Sendable, Equatable {
  public var id: String
  /// The customer's message bubbles, with template variables unexpanded.
  public var messages: [String]
  /// What the customer says instead, given the conversation so far: the first variant whose
  /// condition holds.
  public var messageVariants: [MessageVariant]
  /// Rubric ids that score this step; `nil` inherits the scenario's.
  public var rubrics: [String]?
  /// Criteria written in the scenario for this step only.
  public var criteria: [Criterion]
  /// The routing decision the step expects.
  public var route: ExpectedRoute
  /// Transfers that earn partial routing credit.
  public var acceptableRoutes: [String]
  /// Overrides the rubric's pass mark for this step.
  public var passMark: Double?
  /// A model reply, shown after the attempt.
  public var exemplar: String
  /// A nudge shown on `/hint`.
  public var hint: String?
  /// How long the trainee has to reply.
  public var timeLimit: TimeLimit?
  /// Where the conversation goes, tried in order.
  public var next: [Transition]
  /// Sample replies with expected outcomes, scored against this step's whole scorecard.
  public var examples: [RubricExample]
  /// Which house criteria score this step.
  public var house: HouseUse
  /// Whether the conversation may close before this step without failing: `/end` here (or earlier,
  /// when every step still ahead is optional) closes it as resolved rather than ended early.
  public var optional: Bool

  public init(
    id: String, messages: [String], rubrics: [String]? = nil, criteria: [Criterion] = [],
    route: ExpectedRoute = .none, acceptableRoutes: [String] = [], passMark: Double? = nil,
    exemplar: String, hint: String? = nil, timeLimit: TimeLimit? = nil, next: [Transition],
    examples: [RubricExample] = [], house: HouseUse = .inherit, optional: Bool = false,
    messageVariants: [MessageVariant] = []
  ) {
    self.id = id
    self.messages = messages
    self.messageVariants = messageVariants
    self.rubrics = rubrics
    self.criteria = criteria
    self.route = route
    self.acceptableRoutes = acceptableRoutes
    self.passMark = passMark
    self.exemplar = exemplar
    self.hint = hint
    self.timeLimit = timeLimit
    self.next = next
    self.examples = examples
    self.house = house
    self.optional = optional
  }
}

/// A step's time limit and what exceeding it costs.
public struct TimeLimit: Sendable, Equatable {
  /// Seconds from the customer's message to the reply.
  public var seconds: Double
  /// Points taken off the overall score (0-100) when the reply is late.
  public var penalty: Double

  public init(seconds: Double, penalty: Double = 10) {
    self.seconds = seconds
    self.penalty = penalty
  }
}
