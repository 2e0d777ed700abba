/// What the customer says instead of a step's `messages` when the conversation so far calls for it:
/// a customer who listens does not ask for what the trainee already offered.
///
/// ```json
/// "messageVariants": [
///   {"met": ["offers-reception-note"], "messages": "Thanks for adding the note. When will it arrive?"}
/// ]
/// ```
public struct MessageVariant: Sendable, Equatable {
  /// When these messages are said.
  public var condition: EarlierCondition
  /// The messages, with template variables unexpanded.
  public var messages: [String]

  public init(condition: EarlierCondition, messages: [String]) {
    self.condition = condition
    self.messages = messages
  }
}

/// A condition on the turns before a step: criteria met or never met, transfers made, and the
/// customer's mood now. Every part given must hold.
public struct EarlierCondition: Sendable, Equatable {
  /// Criteria met in at least one earlier turn.
  public var met: [String]
  /// Criteria met in no earlier turn.
  public var missed: [String]
  /// An earlier turn transferred the customer to one of these departments.
  public var routes: [String]?
  public var moodAtLeast: Mood?
  public var moodAtMost: Mood?

  public init(
    met: [String] = [], missed: [String] = [], routes: [String]? = nil, moodAtLeast: Mood? = nil,
    moodAtMost: Mood? = nil
  ) {
    self.met = met
    self.missed = missed
    self.routes = routes
    self.moodAtLeast = moodAtLeast
    self.moodAtMost = moodAtMost
  }

  /// Whether the condition looks at earlier turns at all (a first step has none).
  public var needsEarlierTurns: Bool { !met.isEmpty || !missed.isEmpty || routes != nil }
}
