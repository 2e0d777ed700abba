import FrontlineScoring
import FrontlineText

extension PracticeSession {
  /// Whether `reply` is over the scoring limit; when it is, says so (its length and the limit) and the
  /// conversation waits for a shorter one: nothing is scored or saved, and the customer has not heard it.
  func refusesLongReply(_ reply: String) -> Bool {
    guard let length = ReplyLimit.excess(reply) else { return false }
    say([
      "  "
        + localizer(
          SessionText.replyTooLong, ["length": String(length), "maximum": String(ReplyLimit.maximum)])
    ])
    return true
  }
}
