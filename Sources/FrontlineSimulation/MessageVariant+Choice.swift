import FrontlineModel

extension EarlierCondition {
  /// Whether the condition holds after `turns`, with the customer now in `mood`.
  public func holds(after turns: [TurnSummary], mood: Mood) -> Bool {
    let met = Set(turns.flatMap { turn in turn.score.criteria.filter { $0.applicable && $0.met }.map(\.id) })
    if !self.met.allSatisfy(met.contains) { return false }
    if self.missed.contains(where: met.contains) { return false }
    if let routes, !turns.contains(where: { routes.contains($0.route ?? "none") }) { return false }
    if let moodAtLeast, mood < moodAtLeast { return false }
    if let moodAtMost, mood > moodAtMost { return false }
    return true
  }
}

extension Step {
  /// What the customer says at this step after `turns`: the first message variant whose condition
  /// holds, else the step's messages.
  public func messages(after turns: [TurnSummary], mood: Mood) -> [String] {
    messageVariants.first { $0.condition.holds(after: turns, mood: mood) }?.messages ?? messages
  }
}
