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

  @Test func anEngineErrorKeepsItsCauseBehindAPlainMessage() throws {
    let test = try StoreBackend.sqlite.makeStore()
    let store = test.store
    let id = try store.startAttempt(
      NewAttempt(trainee: "Dana", scenario: SyntheticHistory.scenario(), contentHash: "h", mode: .practice))
    let turn = TurnRecord(
      attempt: id, index: 0, step: "opening", customerMessages: ["Hello"], reply: "Sorry.", route: nil,
      score: SyntheticHistory.scorecard.score("Sorry."), elapsed: 1, hintsUsed: 0)
    try store.recordTurn(turn)
    do {
      try store.recordTurn(turn)
      Issue.record("the same turn was recorded twice")
    } catch {
      #expect(error.description.hasPrefix("the progress database reported: UNIQUE constraint failed"))
      #expect(error.cause?.engine == "SQLite")
      // SQLITE_CONSTRAINT_PRIMARYKEY
      #expect(error.cause?.code == "1555")
      #expect(error.cause?.detail.contains("INSERT INTO turn") == true)
    }
  }
}
