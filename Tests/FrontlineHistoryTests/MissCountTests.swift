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
}
