/// How a conversation ended.
public enum Outcome: String, Sendable, CaseIterable, Codable {
  /// The trainee solved the customer's problem.
  case resolved
  /// The conversation was handed to another department.
  case escalated
  /// The customer gave up or left.
  case lost
}

/// A way a scenario's conversation can end, with the customer's closing message.
public struct Ending: Sendable, Equatable {
  /// The id that transitions name in `goto`.
  public var id: String
  public var outcome: Outcome
  /// What the customer says last.
  public var messages: [String]

  public init(id: String, outcome: Outcome, messages: [String]) {
    self.id = id
    self.outcome = outcome
    self.messages = messages
  }
}
