import FrontlineModel
import Testing

@testable import FrontlineScoring

/// One formula grades an attempt, first and after a team leader overrides a category.
@Suite struct AttemptGradeTests {
  private func turn(
    _ categories: [String: Double?], score: Double, critical: [String] = [], weights: [String: Double]? = nil,
    penalty: Double? = nil
  ) -> ReplyScore {
    ReplyScore(
      scenario: "s", step: "a", score: score, passed: score >= 70, passMark: 70, categories: categories,
      categoryOrder: ["empathy", "accuracy", "routing"], criticalFailures: critical, criteria: [], route: nil,
      notes: [], weights: weights, penalty: penalty)
  }

  @Test func theOriginalIsTheMeanOfTheTurns() {
    let grade = AttemptGrade(
      turns: [
        turn(["empathy": 100, "accuracy": 50, "routing": 0], score: 50), turn(["empathy": 80], score: 80),
      ],
      outcome: .resolved, passMark: 70)
    #expect(grade.score == 65)
    #expect(grade.passed == false)
    #expect(grade.categories["empathy"] == 90)
    #expect(grade.categories["routing"] == .some(0))
  }

  @Test func raisingOneCategoryScoresEveryTurnAgainWithIt() {
    // Routing raised from 0 to 50: each turn where it applied is scored again, then the mean.
    let turns = [
      turn(["empathy": 100, "accuracy": 50, "routing": 0], score: 50),
      turn(["empathy": 80, "accuracy": 80, "routing": nil], score: 80),
    ]
    let grade = AttemptGrade(turns: turns, outcome: .resolved, passMark: 70, substituting: ["routing": 50])
    #expect(grade.score == ((66.7 + 80) / 2 * 10).rounded() / 10)
    #expect(grade.categories["routing"] == 50)
    #expect(grade.passed == true)
  }

  @Test func weightsPenaltiesAndCriticalFailuresStayAsTheyWere() {
    let weighted = turn(
      ["empathy": 0, "accuracy": 100, "routing": 100], score: 50,
      weights: ["empathy": 3, "accuracy": 1, "routing": 1],
      penalty: 10)
    let critical = turn(["empathy": 100, "accuracy": 0], score: 0, critical: ["no-blame"])
    let grade = AttemptGrade(
      turns: [weighted, critical], outcome: .resolved, passMark: 70, substituting: ["empathy": 100])
    // (3 × 100 + 100 + 100) / 5 − 10 = 90 for the first; the critical failure still scores 0.
    #expect(grade.score == 45)
    #expect(grade.passed == false)
  }

  @Test(arguments: [Outcome.lost, .endedEarly]) func anAttemptThatDidNotEndWellFailsWhateverItsScore(
    outcome: Outcome
  ) {
    let grade = AttemptGrade(turns: [turn(["empathy": 100], score: 100)], outcome: outcome, passMark: 70)
    #expect(grade.score == 100)
    #expect(grade.passed == false)
    #expect(grade.failedDespiteScore != nil)
  }
}
