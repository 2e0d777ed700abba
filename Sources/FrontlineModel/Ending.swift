/// How a conversation ended.
public enum Outcome: String, Sendable, CaseIterable, Codable {
  /// The trainee solved the customer's problem.
  case resolved
  /// The conversation was handed to another department.
  case escalated
  /// The customer gave up or left.
  case lost
  /// The trainee closed the conversation (`/end`) while steps that matter remained: it fails, and the
  /// ladder never counts it.
  case endedEarly = "ended-early"

  /// The outcomes a scenario's transitions can lead to; `ended-early` is only ever the trainee's doing.
  public static let reachable: [Outcome] = [.resolved, .escalated, .lost]
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

extension Ending {
  /// What the customer says when the trainee closes the conversation too soon, for a scenario that
  /// does not write its own `ended-early` ending.
  public static func endedEarly(language: String) -> Ending {
    let japanese = language == "ja" || language.hasPrefix("ja-")
    return Ending(
      id: "ended-early", outcome: .endedEarly,
      messages: [
        japanese
          ? "えっ、これで終わりですか？まだ何も解決していないのですが。"
          : "Hold on, is that it? My problem isn't sorted yet."
      ])
  }
}
