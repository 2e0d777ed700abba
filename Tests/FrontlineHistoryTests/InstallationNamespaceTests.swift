import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineTestSupport
import Testing

/// Every store has a namespace for xAPI statement ids of its own, kept for as long as the history,
/// and a store lists every review when asked for all of them.
@Suite struct InstallationNamespaceTests {
  @Test(arguments: StoreBackend.available) func eachHistoryHasANamespaceOfItsOwn(backend: StoreBackend) throws
  {
    let one = try backend.makeStore()
    let other = try backend.makeStore()
    let namespace = try one.store.installationNamespace()
    #expect(namespace != (try other.store.installationNamespace()))
    #expect(try one.store.installationNamespace() == namespace, "read again, the same")
  }

  @Test(arguments: StoreBackend.available) func everyReviewIsListedOldestFirst(backend: StoreBackend) throws {
    let test = try backend.makeStore()
    let store = test.store
    let scenario = SyntheticHistory.scenario()
    let first = try SyntheticHistory.writeAttempt(
      to: store, trainee: "Dana", scenario: scenario, turns: 1, seed: 0)
    let second = try SyntheticHistory.writeAttempt(
      to: store, trainee: "Sam", scenario: scenario, turns: 1, seed: 1)
    try store.seedLead("Lee")
    try store.recordReview(ReviewRecord(attempt: second, reviewer: "Lee", note: "one"))
    try store.recordReview(
      ReviewRecord(
        attempt: first, reviewer: "Lee", categoryOverrides: ["empathy": 90], reason: "kind", note: "two"))
    let all = try store.reviews(attempt: nil)
    #expect(all.map(\.note) == ["one", "two"])
    #expect(all.map(\.attempt) == [second, first])
    #expect(all[1].resultOverride.categories == ["empathy": 90])
    #expect(try store.reviews(attempt: first).map(\.note) == ["two"])
  }
}
