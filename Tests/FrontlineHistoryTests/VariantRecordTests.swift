import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineTestSupport
import Testing

/// Each store keeps which version of a scenario an attempt practised, and older attempts read as the
/// scenario as written.
@Suite struct VariantRecordTests {
  @Test(arguments: StoreBackend.available) func theVersionPractisedIsKept(backend: StoreBackend) throws {
    let test = try backend.makeStore()
    let store = test.store
    let scenario = SyntheticHistory.scenario()
    let varied = try store.startAttempt(
      NewAttempt(trainee: "Dana", scenario: scenario, contentHash: "h", mode: .exam, variant: "rahul"))
    let plain = try store.startAttempt(
      NewAttempt(trainee: "Dana", scenario: scenario, contentHash: "h", mode: .practice))
    #expect(try store.attempt(varied).variant == "rahul")
    #expect(try store.attempt(plain).variant == ScenarioVariant.main)
    #expect(
      try store.attempts(trainee: "Dana", limit: nil).map(\.variant) == [ScenarioVariant.main, "rahul"])
  }
}
