/// Where the conversation goes after a reply, and how the customer's mood changes on the way.
///
/// A step's transitions are tried in order; the first whose condition holds is taken. The last one of
/// a step has no condition, so every reply leads somewhere.
public struct Transition: Sendable, Equatable {
  /// What must hold for this transition to be taken; `nil` always holds.
  public var condition: Condition?
  /// A step id or an ending id.
  public var target: String
  /// How many steps the customer's mood moves (negative: angrier).
  public var moodChange: Int

  public init(condition: Condition?, target: String, moodChange: Int) {
    self.condition = condition
    self.target = target
    self.moodChange = moodChange
  }
}

/// A condition on the outcome of a reply. Every field that is set must hold.
public struct Condition: Sendable, Equatable {
  /// The reply passed the step's scorecard.
  public var passed: Bool?
  /// A critical criterion failed.
  public var critical: Bool?
  /// The overall score is at least this.
  public var scoreAtLeast: Double?
  /// The overall score is below this.
  public var scoreBelow: Double?
  /// All these criteria were met.
  public var met: [String]
  /// All these criteria were missed.
  public var missed: [String]
  /// The transfer taken is one of these (`"none"` for no transfer); `nil` means any.
  public var routes: [String]?
  /// The customer's mood when the reply was given is at least this.
  public var moodAtLeast: Mood?
  /// The customer's mood when the reply was given is at most this.
  public var moodAtMost: Mood?
  /// The reply came after the step's time limit.
  public var timedOut: Bool?

  public init(
    passed: Bool? = nil, critical: Bool? = nil, scoreAtLeast: Double? = nil, scoreBelow: Double? = nil,
    met: [String] = [], missed: [String] = [], routes: [String]? = nil, moodAtLeast: Mood? = nil,
    moodAtMost: Mood? = nil, timedOut: Bool? = nil
  ) {
    self.passed = passed
    self.critical = critical
    self.scoreAtLeast = scoreAtLeast
    self.scoreBelow = scoreBelow
    self.met = met
    self.missed = missed
    self.routes = routes
    self.moodAtLeast = moodAtLeast
    self.moodAtMost = moodAtMost
    self.timedOut = timedOut
  }
}
