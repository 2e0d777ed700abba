import FrontlineModel
import FrontlineScoring

extension Condition {
  /// Whether the condition holds for a scored reply, the transfer taken, the customer's mood when the
  /// reply came, and whether it came late.
  public func holds(for score: ReplyScore, route: String?, mood: Mood, timedOut: Bool) -> Bool {
    if let passed, score.passed != passed { return false }
    if let critical, score.criticalFailures.isEmpty == critical { return false }
    if let scoreAtLeast, score.score < scoreAtLeast { return false }
    if let scoreBelow, score.score >= scoreBelow { return false }
    let met = Set(score.criteria.filter { $0.applicable && $0.met }.map(\.id))
    let missed = Set(score.criteria.filter { $0.applicable && !$0.met }.map(\.id))
    if !self.met.allSatisfy(met.contains) { return false }
    if !self.missed.allSatisfy(missed.contains) { return false }
    if let routes, !routes.contains(route ?? "none") { return false }
    if let moodAtLeast, mood < moodAtLeast { return false }
    if let moodAtMost, mood > moodAtMost { return false }
    if let wanted = self.timedOut, wanted != timedOut { return false }
    return true
  }
}
