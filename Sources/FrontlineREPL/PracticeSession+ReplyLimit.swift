import FrontlineScoring

extension PracticeSession {
  /// Whether `reply` is over the scoring limit; when it is, says so (its length and the limit) and the
  /// conversation waits for a shorter one: nothing is scored or saved, and the customer has not heard it.
  func refusesLongReply(_ reply: String) -> Bool {
    guard let problem = ReplyLimit.problem(reply) else { return false }
    say([
      "  Not sent: \(problem). Nothing was scored; shorten it and send it again."
    ])
    return true
  }
}
