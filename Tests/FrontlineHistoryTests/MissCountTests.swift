import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineTestSupport
import Testing

/// The counts of missed criteria per day are kept the same way on every backend: by the database,
/// from the rows of `turn_miss`, which are never changed.
@Suite struct MissCountTests {
  @Test(arguments: StoreBackend.available) func theDailyCountsFollowTheMissesRecorded(backend: StoreBackend)
    throws
  {
    let test = try backend.makeStore()
    let store = test.store
    let start = Date(timeIntervalSince1970: 1_790_000_000)
    for index in 0..<5 {
      try SyntheticHistory.writeAttempt(
        to: store, trainee: index % 2 == 0 ? "Dana" : "Sam", scenario: SyntheticHistory.scenario(),
        turns: 1 + index % 3, seed: index, startedAt: start + Double(index * 86_400))
    }
    try store.seed([
      SeededAttempt(
        trainee: "Kim", scenario: "synthetic", kind: .complaint, difficulty: 2, mode: .practice,
        startedAt: start, outcome: .lost, score: 20, passed: false, categories: ["empathy": 0],
        misses: [SeededMiss(turn: 0, criterion: "apologises", description: "Apologises", tip: "Say sorry.")])
    ])
    // From the daily counts ...
    let counted = try store.missedCriteria(since: nil, until: nil, limit: 10)
    // ... and from the misses themselves.
    let listed = try store.missedCriteria(trainee: nil, scenario: nil, limit: 10)
    #expect(!counted.isEmpty)
    #expect(counted == listed)
    // A period counts the days it covers.
    let later = try store.missedCriteria(since: start + 86_400, until: nil, limit: 10)
    #expect(later.map(\.misses).reduce(0, +) < counted.map(\.misses).reduce(0, +))
    #expect(throws: (any Error).self) { try test.execute("UPDATE turn_miss SET criterion = 'other'") }
    #expect(throws: (any Error).self) { try test.execute("DELETE FROM turn_miss") }
    #expect(try store.missedCriteria(since: nil, until: nil, limit: 10) == counted)
  }

  /// A criterion is its rubric and its id: `uses-name` of two rubrics is two criteria, each with its
  /// own text, and one rubric's criterion missed in two scenarios is one, in both.
  @Test(arguments: StoreBackend.available) func criteriaAreToldApartByRubric(backend: StoreBackend) throws {
    let test = try backend.makeStore()
    let start = Date(timeIntervalSince1970: 1_790_000_000)
    func attempt(_ scenario: String, _ misses: [SeededMiss]) -> SeededAttempt {
      SeededAttempt(
        trainee: "Kim", scenario: scenario, kind: .complaint, difficulty: 2, mode: .practice,
        startedAt: start, outcome: .lost, score: 20, passed: false, categories: ["empathy": 0], misses: misses
      )
    }
    let daniel = SeededMiss(
      turn: 0, rubric: "late", criterion: "uses-name", description: "Addresses him by name", tip: "Hi Daniel")
    let sato = SeededMiss(
      turn: 0, rubric: "kettle-ja", criterion: "uses-name", description: "お名前でお呼びする", tip: "佐藤様と")
    let sincere = SeededMiss(
      turn: 1, rubric: "house", criterion: "sincere", description: "Sincere", tip: nil)
    try test.store.seed([
      attempt("late", [daniel, sincere]), attempt("late", [daniel, sincere]),
      attempt("kettle-ja", [sato, sincere]),
    ])
    let expected = [
      CriterionMisses(
        rubric: "house", criterion: "sincere", description: "Sincere", tip: nil, misses: 3,
        scenarios: [
          ScenarioMisses(scenario: "late", misses: 2), ScenarioMisses(scenario: "kettle-ja", misses: 1),
        ]),
      CriterionMisses(
        rubric: "late", criterion: "uses-name", description: "Addresses him by name", tip: "Hi Daniel",
        misses: 2,
        scenarios: [ScenarioMisses(scenario: "late", misses: 2)]),
      CriterionMisses(
        rubric: "kettle-ja", criterion: "uses-name", description: "お名前でお呼びする", tip: "佐藤様と", misses: 1,
        scenarios: [ScenarioMisses(scenario: "kettle-ja", misses: 1)]),
    ]
    #expect(try test.store.missedCriteria(since: nil, until: nil, limit: 10) == expected)
    #expect(try test.store.missedCriteria(trainee: "Kim", limit: 10) == expected)
    #expect(
      try test.store.missedCriteria(scenario: "kettle-ja", limit: 10)
        == [expected[0], expected[2]].map {
          var only = $0
          only.scenarios = only.scenarios.filter { $0.scenario == "kettle-ja" }
          only.misses = only.scenarios.reduce(0) { $0 + $1.misses }
          return only
        })
    #expect(try test.store.missedCriteria(since: nil, until: nil, limit: 1) == [expected[0]])
  }
}
