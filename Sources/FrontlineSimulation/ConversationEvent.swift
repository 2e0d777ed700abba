import Foundation
import FrontlineModel
import FrontlineScoring

/// What the trainee does in a conversation.
public enum ConversationInput: Sendable, Equatable {
  /// A reply to the customer.
  case reply(String)
  /// The routing decision for the current turn (`nil` cancels it); with a message, the turn is
  /// submitted at once.
  case transfer(department: String?, message: String?)
  /// A nudge (practice mode only).
  case hint
  /// Looks up the scenario's knowledge base; `nil` lists the topics.
  case knowledge(String?)
  /// Closes the conversation: as resolved when every step still ahead is optional, otherwise as
  /// ended early, which fails.
  case end
  /// Starts the scenario again.
  case restart
  /// Gives up; the attempt is kept as abandoned.
  case abandon
}

/// What happens in a conversation, for the terminal (or a test) to show.
public enum ConversationEvent: Sendable, Equatable {
  /// The customer speaks, in a mood.
  case customer(name: String, messages: [String], mood: Mood)
  /// The customer's mood changed after a reply.
  case moodChanged(from: Mood, to: Mood)
  /// A reply was scored; the score is shown in practice mode only.
  case scored(TurnSummary, shown: Bool)
  /// The transfer that goes with the next reply (`nil`: none).
  case transferSet(Department?)
  /// The department id is not in the catalog.
  case unknownDepartment(String, suggestion: String?)
  case hint(String)
  /// Hints are not given in exam mode.
  case hintUnavailable
  case knowledge([KnowledgeEntry], query: String?)
  /// The conversation ended.
  case ended(AttemptSummary)
  /// The conversation starts again from the first step.
  case restarted
  /// The attempt was abandoned.
  case abandoned
  /// An input that makes no sense now, with what to do instead.
  case notice(String)
}

/// One scored turn.
public struct TurnSummary: Sendable, Equatable {
  public var index: Int
  public var step: String
  public var customerMessages: [String]
  public var reply: String
  public var route: String?
  public var score: ReplyScore
  public var elapsed: Double
  public var timedOut: Bool
  public var hintsUsed: Int
  /// What the trainee looked up in the knowledge base before replying (`""` for the list of topics).
  public var lookups: [String] = []
}

/// The end of an attempt: the result, the best and worst turns, and what a model reply looked like
/// where a step was missed.
public struct AttemptSummary: Sendable, Equatable {
  public var ending: Ending
  public var score: Double
  public var passed: Bool
  public var categories: [String: Double?]
  public var turns: [TurnSummary]
  /// Index into `turns` of the best and worst scored turns.
  public var strongest: Int?
  public var weakest: Int?
  /// For each step that was not passed, its exemplar reply.
  public var exemplars: [(step: String, reply: String)]
  /// The step the trainee closed the conversation at, when it ended early.
  public var closedAt: String? = nil

  public static func == (lhs: AttemptSummary, rhs: AttemptSummary) -> Bool {
    lhs.ending == rhs.ending && lhs.closedAt == rhs.closedAt && lhs.score == rhs.score
      && lhs.passed == rhs.passed && lhs.turns == rhs.turns
      && lhs.exemplars.map(\.step) == rhs.exemplars.map(\.step)
  }
}
