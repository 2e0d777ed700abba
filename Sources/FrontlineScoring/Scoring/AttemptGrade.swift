import FrontlineModel

/// An attempt's grade from its scored turns: the one formula for the result first recorded and for
/// the result after a team leader overrides some categories.
///
/// The score is the mean of the turns' scores. An override gives a category a new score: each turn is
/// scored again with that value in place of its own (the same weights, critical failures still
/// scoring 0, late replies losing the same points), and the mean is taken as before. The attempt
/// passes when it has a turn, no turn failed a critical criterion, the customer was not lost, the
/// conversation was not ended early, and the score reaches the pass mark.
public struct AttemptGrade: Sendable, Equatable {
  public var score: Double
  public var passed: Bool
  /// Category name to the attempt's score in it, `nil` when it applied to no turn.
  public var categories: [String: Double?]
  /// Why the attempt failed although its score reaches the pass mark, when it did.
  public var failedDespiteScore: Failure?

  /// Why an attempt fails whatever its score.
  public enum Failure: String, Sendable, Equatable {
    /// No reply was scored.
    case noReply
    /// A reply failed a critical criterion.
    case criticalCriterion
    /// The customer was lost.
    case customerLost
    /// The conversation was closed before it reached an ending.
    case endedEarly
  }

  /// Grades `turns`, with `substituting` a reviewer's category scores.
  public init(
    turns: [ReplyScore], outcome: Outcome, passMark: Double, substituting: [String: Double] = [:]
  ) {
    let scores = turns.map { Self.score(of: $0, substituting: substituting) }
    score = Mean.rounded(scores) ?? 0
    var categories: [String: Double?] = [:]
    for name in Set(turns.flatMap { $0.categories.keys }).union(substituting.keys) {
      categories[name] = .some(substituting[name] ?? Mean.rounded(turns.compactMap { $0.category(name) }))
    }
    self.categories = categories
    let reason = Self.failure(turns: turns, outcome: outcome)
    passed = reason == nil && score >= passMark
    failedDespiteScore = score >= passMark ? reason : nil
  }

  /// Why an attempt fails whatever its score, or `nil` when only the score decides.
  public static func failure(turns: [ReplyScore], outcome: Outcome) -> Failure? {
    if turns.isEmpty { return .noReply }
    if turns.contains(where: { !$0.criticalFailures.isEmpty }) { return .criticalCriterion }
    switch outcome {
    case .lost: return .customerLost
    case .endedEarly: return .endedEarly
    case .resolved, .escalated: return nil
    }
  }

  /// A turn's score with some categories given new scores; the turn's own score when none applies.
  static func score(of turn: ReplyScore, substituting: [String: Double]) -> Double {
    guard !substituting.isEmpty, turn.criticalFailures.isEmpty else { return turn.score }
    var weighted = 0.0
    var total = 0.0
    var changed = false
    for name in turn.categoryOrder {
      guard let own = turn.category(name) else { continue }
      let value = substituting[name] ?? own
      changed = changed || substituting[name] != nil
      let weight = turn.weights?[name] ?? 1
      weighted += value * weight
      total += weight
    }
    guard changed, total > 0 else { return turn.score }
    let raw = max(0, weighted / total - (turn.penalty ?? 0))
    return (raw * 10).rounded() / 10
  }
}
