import Foundation
import FrontlineLoading
import FrontlineModel
import Testing

@testable import FrontlineSimulation

/// A clock the test moves by hand.
final class TestClock: @unchecked Sendable {
  // Only the test's own thread touches it.
  var now = Date(timeIntervalSince1970: 1_800_000_000)
  func advance(_ seconds: Double) { now += seconds }
}

@Suite struct ConversationTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .appendingPathComponent("Fixtures/library").path
  static let library = LibraryLoader.load(paths: LibraryLocator.contentPaths(of: fixtures)).library

  private func conversation(mode: AttemptMode = .practice, clock: TestClock = TestClock()) throws
    -> Conversation
  {
    let scenario = try #require(Self.library.scenario("mini-refund"))
    return try Conversation(scenario: scenario, library: Self.library, mode: mode, agentName: "Sam") {
      clock.now
    }
  }

  private func summary(_ events: [ConversationEvent]) -> AttemptSummary? {
    for case .ended(let summary) in events { return summary }
    return nil
  }

  @Test func opensWithTheCustomersFirstMessageAndMood() throws {
    var chat = try conversation()
    #expect(
      chat.begin() == [
        .customer(
          name: "Dana Reyes", messages: ["Where is my order A1042? I want my money back."], mood: .angry)
      ])
    #expect(chat.stepID == "opening")
  }

  @Test func aGoodReplyResolvesAndCheersTheCustomer() throws {
    var chat = try conversation()
    _ = chat.begin()
    let events = chat.handle(
      .reply("I'm so sorry, Dana. I've issued a refund; it arrives in 3-5 business days."))
    guard case .scored(let turn, let shown)? = events.first else {
      Issue.record("no score: \(events)")
      return
    }
    #expect(shown)
    #expect(turn.score.passed)
    #expect(events.contains(.moodChanged(from: .angry, to: .neutral)))
    let result = try #require(summary(events))
    #expect(result.ending.id == "resolved")
    #expect(result.passed)
    #expect(result.exemplars.isEmpty)
    #expect(chat.isOver)
  }

  @Test func aColdReplyMakesTheCustomerAngrierAndBranches() throws {
    var chat = try conversation()
    _ = chat.begin()
    let events = chat.handle(.reply("Please wait."))
    #expect(events.contains(.moodChanged(from: .angry, to: .furious)))
    #expect(
      events.last
        == .customer(
          name: "Dana Reyes", messages: ["That doesn't help.", "Can I get a refund or not?"], mood: .furious))
    #expect(chat.stepID == "second-chance")
    let end = chat.handle(.reply("No."))
    let result = try #require(summary(end))
    #expect(result.ending.outcome == .lost)
    #expect(!result.passed)
    #expect(result.exemplars.map(\.step) == ["opening", "second-chance"])
    #expect(result.strongest != nil && result.weakest != nil)
  }

  @Test func aCriticalFailureTakesTheBranchForIt() throws {
    var chat = try conversation()
    _ = chat.begin()
    let events = chat.handle(.reply("Calm down."))
    #expect(summary(events)?.ending.id == "lost")
    #expect(summary(events)?.passed == false)
  }

  @Test func aTransferGoesWithTheNextReply() throws {
    var chat = try conversation()
    _ = chat.begin()
    let set = chat.handle(.transfer(department: "billing", message: nil))
    #expect(set == [.transferSet(Self.library.department("billing"))])
    let events = chat.handle(.reply("Sorry, billing will refund you in 3-5 business days."))
    guard case .scored(let turn, _)? = events.first else {
      Issue.record("no score")
      return
    }
    #expect(turn.route == "billing")
    #expect(turn.score.category("routing") == 0)
    #expect(chat.pendingRoute == nil)
  }

  @Test func anUnknownDepartmentGetsASuggestion() throws {
    var chat = try conversation()
    _ = chat.begin()
    #expect(
      chat.handle(.transfer(department: "biling", message: nil)) == [
        .unknownDepartment("biling", suggestion: "billing")
      ])
  }

  @Test func examModeHidesFeedbackAndHints() throws {
    var chat = try conversation(mode: .exam)
    _ = chat.begin()
    #expect(chat.handle(.hint) == [.hintUnavailable])
    let events = chat.handle(.reply("Please wait."))
    guard case .scored(_, let shown)? = events.first else {
      Issue.record("no score")
      return
    }
    #expect(!shown)
  }

  @Test func hintsAreCountedInPractice() throws {
    var chat = try conversation()
    _ = chat.begin()
    _ = chat.handle(.hint)
    _ = chat.handle(.hint)
    let events = chat.handle(.reply("Sorry, refund in 3-5 business days."))
    guard case .scored(let turn, _)? = events.first else { return }
    #expect(turn.hintsUsed == 2)
  }

  @Test func aLateReplyIsMarkedAndPenalised() throws {
    let clock = TestClock()
    var chat = try conversation(clock: clock)
    _ = chat.begin()
    _ = chat.handle(.reply("Please wait."))
    #expect(chat.stepID == "second-chance")
    clock.advance(90)
    let events = chat.handle(.reply("Yes, I've issued the refund."))
    guard case .scored(let turn, _)? = events.first else { return }
    #expect(turn.timedOut)
    #expect(turn.elapsed == 90)
    var onTime = try conversation()
    _ = onTime.begin()
    _ = onTime.handle(.reply("Please wait."))
    guard case .scored(let prompt, _)? = onTime.handle(.reply("Yes, I've issued the refund.")).first else {
      return
    }
    #expect(!prompt.timedOut)
    #expect(turn.score.score == prompt.score.score - 20)
    #expect(turn.score.notes.contains("replied after 90 s, over the 60 s limit: 20 points off"))
  }

  @Test func looksUpTheKnowledgeBase() throws {
    var chat = try conversation()
    _ = chat.begin()
    let events = chat.handle(.knowledge("refund"))
    #expect(
      events == [
        .knowledge(
          [KnowledgeEntry(topic: "Refunds", keywords: ["refund"], text: "Refunds take 3-5 business days.")],
          query: "refund")
      ])
  }

  @Test func restartEndAndAbandon() throws {
    var chat = try conversation()
    _ = chat.begin()
    _ = chat.handle(.reply("Please wait."))
    let restarted = chat.handle(.restart)
    #expect(restarted.first == .restarted)
    #expect(chat.turns.isEmpty && chat.mood == .angry && chat.stepID == "opening")
    let ended = chat.handle(.end)
    #expect(summary(ended)?.ending.outcome == .endedEarly)
    #expect(summary(ended)?.passed == false)
    #expect(chat.handle(.reply("hello")) == [.notice("This conversation is over.")])
    var other = try conversation()
    _ = other.begin()
    #expect(other.handle(.abandon) == [.abandoned])
    #expect(other.isOver)
  }

  @Test func emptyRepliesAreNotSubmitted() throws {
    var chat = try conversation()
    _ = chat.begin()
    #expect(chat.handle(.reply("   ")) == [.notice("Type a reply to the customer, or /help.")])
    #expect(chat.turns.isEmpty)
  }
}
