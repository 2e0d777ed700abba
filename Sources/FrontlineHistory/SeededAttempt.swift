import Foundation
import FrontlineModel

/// A finished attempt written straight into a store without its turns, for the large histories
/// benchmarks and tests need. Made-up values fill what a real attempt records (language `en`,
/// content hash `seeded`, host `seed`, five minutes long).
package struct SeededAttempt: Sendable {
  package var trainee: String
  package var scenario: String
  package var kind: ScenarioKind
  package var difficulty: Int
  package var mode: AttemptMode
  package var startedAt: Date
  package var outcome: Outcome
  package var score: Double
  package var passed: Bool
  package var categories: [String: Double?]
  /// Criteria missed, by turn.
  package var misses: [SeededMiss]

  package init(
    trainee: String, scenario: String, kind: ScenarioKind, difficulty: Int, mode: AttemptMode,
    startedAt: Date, outcome: Outcome, score: Double, passed: Bool, categories: [String: Double?],
    misses: [SeededMiss] = []
  ) {
    self.misses = misses
    self.trainee = trainee
    self.scenario = scenario
    self.kind = kind
    self.difficulty = difficulty
    self.mode = mode
    self.startedAt = startedAt
    self.outcome = outcome
    self.score = score
    self.passed = passed
    self.categories = categories
  }
}

/// A criterion a turn of a seeded attempt missed.
package struct SeededMiss: Sendable {
  package var turn: Int
  /// `Criterion.rubric`, `""` for none.
  package var rubric: String
  package var criterion: String
  package var description: String
  package var tip: String?

  package init(turn: Int, rubric: String = "", criterion: String, description: String, tip: String?) {
    self.turn = turn
    self.rubric = rubric
    self.criterion = criterion
    self.description = description
    self.tip = tip
  }
}

/// A store that can be seeded with finished attempts in bulk. Not part of ``ProgressStore``: only
/// benchmarks and tests write history this way.
package protocol HistorySeeding: ProgressStore {
  /// Writes finished attempts in one transaction: all of them or none.
  func seed(_ attempts: [SeededAttempt]) throws(StoreError)
  /// Makes `name` a team leader who may review: a row of the SQLite store's `lead` table. On a
  /// server, leads are logins in the lead role and the owner who seeds needs none, so there it does
  /// nothing.
  func seedLead(_ name: String) throws(StoreError)
}
