extension Scenario {
  /// The steps a conversation waiting at `stepID` may still pass through, that step included.
  public func stepsAhead(of stepID: String) -> [Step] {
    var seen: Set<String> = [stepID]
    var queue = [stepID]
    var ahead: [Step] = []
    while let id = queue.popLast() {
      guard let step = step(id) else { continue }
      ahead.append(step)
      for transition in step.next where seen.insert(transition.target).inserted {
        queue.append(transition.target)
      }
    }
    return ahead
  }

  /// Whether the trainee may close the conversation at `stepID` as resolved: every step still ahead
  /// is marked optional.
  public func mayClose(at stepID: String) -> Bool {
    stepsAhead(of: stepID).allSatisfy(\.optional)
  }

  /// The ending a conversation closed by the trainee takes: a resolved one when the rest of the path
  /// is optional, otherwise the scenario's `ended-early` ending (or the standard one).
  public func closingEnding(at stepID: String) -> Ending {
    if mayClose(at: stepID),
      let resolved = endings.first(where: { $0.outcome == .resolved })
        ?? endings.first(where: { $0.outcome != .endedEarly })
    {
      return resolved
    }
    return endings.first { $0.outcome == .endedEarly } ?? .endedEarly(language: language)
  }
}
