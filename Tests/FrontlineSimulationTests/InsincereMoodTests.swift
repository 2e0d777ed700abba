import Foundation
import FrontlineLoading
import FrontlineModel
import Testing

@testable import FrontlineSimulation

/// An insincere reply never calms the customer, even one that passes its step.
@Suite struct InsincereMoodTests {
  @Test func aPassingButInsincereReplyMakesTheCustomerAngrier() throws {
    var library = ConversationTests.library
    // A house rule that finds a mock apology and voids a category the step does not score, so the
    // reply still passes and only the mood rule can tell.
    library.rubrics.append(
      Rubric(
        id: "house", title: "House", categories: [Category(name: "tone", weight: 1)],
        criteria: [
          Criterion(
            id: "sincere", category: "tone", description: "Sincere", points: 0,
            check: .none(["sorry you feel"]), voids: "tone")
        ], house: true))
    let scenario = try #require(library.scenario("mini-refund"))
    let reply = "I'm so sorry, Dana. I've issued a refund; it arrives in 3-5 business days."
    for (text, calmer) in [(reply, true), (reply + " Sorry you feel that way.", false)] {
      var chat = try Conversation(scenario: scenario, library: library, mode: .practice, agentName: "Sam")
      _ = chat.begin()
      let events = chat.handle(.reply(text))
      guard case .scored(let turn, _)? = events.first else {
        Issue.record("no score: \(events)")
        return
      }
      #expect(turn.score.passed)
      #expect(turn.score.isInsincere == !calmer)
      #expect(events.contains(.moodChanged(from: .angry, to: calmer ? .neutral : .furious)), "\(text)")
    }
  }
}
