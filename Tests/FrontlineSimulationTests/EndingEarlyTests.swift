import Foundation
import FrontlineLoading
import FrontlineModel
import Testing

@testable import FrontlineSimulation

/// `/end` closes a conversation only as far as it went: before an ending it is ended early and
/// fails, unless every step still ahead is optional.
@Suite struct EndingEarlyTests {
  static let library = ConversationTests.library

  private func conversation(_ change: (inout Scenario) -> Void = { _ in }, mode: AttemptMode = .practice)
    throws -> Conversation
  {
    var scenario = try #require(Self.library.scenario("mini-refund"))
    change(&scenario)
    return try Conversation(scenario: scenario, library: Self.library, mode: mode, agentName: "Sam")
  }

  private func summary(_ events: [ConversationEvent]) -> AttemptSummary? {
    for case .ended(let summary) in events { return summary }
    return nil
  }

  @Test(arguments: AttemptMode.allCases) func endingAfterOneReplyIsEndedEarlyAndFails(mode: AttemptMode)
    throws
  {
    var chat = try conversation(mode: mode)
    _ = chat.begin()
    _ = chat.handle(.reply("Please wait while I check."))
    #expect(chat.stepID == "second-chance")
    #expect(chat.endingNowIsEarly)
    let events = chat.handle(.end)
    let ended = try #require(summary(events))
    #expect(ended.ending.outcome == .endedEarly)
    #expect(ended.passed == false)
    #expect(ended.closedAt == "second-chance")
    // The customer says something that fits, not thanks.
    #expect(
      events.first
        == .customer(
          name: "Dana Reyes", messages: [Ending.endedEarly(language: "en").messages[0]], mood: chat.mood))
    #expect(chat.isOver)
  }

  @Test func aHighScoringFirstReplyStillFailsWhenTheRestIsSkipped() throws {
    var chat = try conversation { scenario in
      // A path where the first reply passes and the conversation goes on.
      scenario.steps[0].next = [Transition(condition: nil, target: "second-chance", moodChange: 0)]
    }
    _ = chat.begin()
    _ = chat.handle(
      .reply("I'm so sorry, Dana. I've refunded order A1042; it reaches you in 3-5 business days."))
    let ended = try #require(summary(chat.handle(.end)))
    #expect(ended.score >= 60)
    #expect(ended.passed == false)
    #expect(ended.ending.outcome == .endedEarly)
  }

  @Test func stepsMarkedOptionalMayBeSkipped() throws {
    var chat = try conversation { $0.steps[1].optional = true }
    _ = chat.begin()
    _ = chat.handle(.reply("Please wait while I check."))
    #expect(!chat.endingNowIsEarly)
    let ended = try #require(summary(chat.handle(.end)))
    #expect(ended.ending.outcome == .resolved)
    #expect(ended.closedAt == nil)
  }

  @Test func anOptionalStepDoesNotExcuseTheRequiredOnesAfterIt() throws {
    let scenario = try #require(Self.library.scenario("mini-refund"))
    var optionalFirst = scenario
    optionalFirst.steps[0].optional = true
    // The first step is optional but the second, still ahead, is not.
    #expect(!optionalFirst.mayClose(at: "opening"))
    #expect(optionalFirst.stepsAhead(of: "opening").map(\.id).sorted() == ["opening", "second-chance"])
  }

  @Test func aScenarioMaySayWhatTheCustomerSaysWhenClosedEarly() throws {
    var chat = try conversation { scenario in
      scenario.endings.append(
        Ending(id: "cut-off", outcome: .endedEarly, messages: ["You're hanging up on me? Unbelievable."]))
    }
    _ = chat.begin()
    let events = chat.handle(.end)
    #expect(summary(events)?.ending.id == "cut-off")
    #expect(
      events.contains(
        .customer(name: "Dana Reyes", messages: ["You're hanging up on me? Unbelievable."], mood: .angry)))
    #expect(summary(events)?.turns.isEmpty == true)
  }

  @Test func japaneseScenariosCloseEarlyInJapanese() {
    #expect(Ending.endedEarly(language: "ja").messages[0].contains("解決していない"))
    #expect(Ending.endedEarly(language: "ja-JP").messages == Ending.endedEarly(language: "ja").messages)
  }
}
