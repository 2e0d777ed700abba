import Foundation
import FrontlineLoading
import FrontlineModel
import Testing

@testable import FrontlineScoring
@testable import FrontlineSimulation

/// A customer who listens: a step's message variants answer what the trainee already said.
@Suite struct MessageVariantTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
  static let library = LibraryLoader.load(paths: LibraryLocator.contentPaths(of: repository)).library

  private func secondMessages(after reply: String) throws -> [String] {
    let scenario = try #require(Self.library.scenario("double-charge-escalation"))
    var chat = try Conversation(scenario: scenario, library: Self.library, mode: .practice, agentName: "Sam")
    _ = chat.begin()
    let events = chat.handle(.reply(reply))
    #expect(chat.stepID == "demands-manager")
    for case .customer(_, let messages, _) in events { return messages }
    Issue.record("the customer said nothing: \(events)")
    return []
  }

  @Test func aCustomerToldTheRefundWindowDoesNotAskForItAgain() throws {
    let told = try secondMessages(
      after: "I'm sorry, Marcus. Billing refunds the duplicate $49.99 to your card within 5-7 business days.")
    #expect(told.first?.hasPrefix("Look, I heard you: a refund in 5-7 business days.") == true)
    let untold = try secondMessages(after: "Please hold while I look into this.")
    #expect(untold.first?.hasPrefix("Look, I don't want a speech.") == true)
  }

  @Test func conditionsLookAtEveryEarlierTurnAndTheMoodNow() throws {
    func turn(met: [String], route: String?) -> TurnSummary {
      let criteria = met.map {
        CriterionResult(
          id: $0, category: "accuracy", description: "", met: true, applicable: true, points: 10,
          possible: 10,
          critical: false, evidence: nil, spans: [], tip: nil, note: nil)
      }
      let score = ReplyScore(
        scenario: nil, step: nil, score: 100, passed: true, passMark: 70, categories: [:], categoryOrder: [],
        criticalFailures: [], criteria: criteria, route: route, notes: [])
      return TurnSummary(
        index: 0, step: "s", customerMessages: [], reply: "", route: route, score: score, elapsed: 0,
        timedOut: false, hintsUsed: 0)
    }
    let turns = [turn(met: ["a"], route: nil), turn(met: ["b"], route: "billing")]
    #expect(EarlierCondition(met: ["a", "b"]).holds(after: turns, mood: .neutral))
    #expect(!EarlierCondition(met: ["a", "c"]).holds(after: turns, mood: .neutral))
    #expect(EarlierCondition(missed: ["c"]).holds(after: turns, mood: .neutral))
    #expect(!EarlierCondition(missed: ["b"]).holds(after: turns, mood: .neutral))
    #expect(EarlierCondition(routes: ["billing"]).holds(after: turns, mood: .neutral))
    #expect(!EarlierCondition(routes: ["sales"]).holds(after: turns, mood: .neutral))
    #expect(!EarlierCondition(moodAtLeast: .satisfied).holds(after: turns, mood: .neutral))
    #expect(!EarlierCondition(met: ["a"]).holds(after: [], mood: .neutral))
  }
}
