import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineTestSupport
import Testing

/// What every store does, run on each backend: SQLite, and PostgreSQL when the test command
/// started a server.
@Suite struct StoreBehaviourTests {
  @Test(arguments: StoreBackend.available) func keepsAttemptsTurnsAndPromotions(backend: StoreBackend) throws
  {
    let test = try backend.makeStore()
    let store = test.store
    let scenario = SyntheticHistory.scenario(kind: .escalation, difficulty: 3)
    let id = try SyntheticHistory.writeAttempt(
      to: store, trainee: "佐藤 花子", scenario: scenario, turns: 4, seed: 0)
    let attempt = try store.attempt(id)
    #expect(attempt.trainee == "佐藤 花子")
    #expect(attempt.status == .finished)
    #expect(attempt.kind == .escalation)
    #expect(attempt.difficulty == 3)
    #expect(attempt.turnCount == 4)
    #expect(attempt.score != nil)
    let turns = try store.turns(attempt: id)
    #expect(turns.map(\.index) == [0, 1, 2, 3])
    #expect(turns[0].score.criteria.count == 3)
    #expect(turns[0].reply == SyntheticHistory.replies[0])
    try store.seedLead("Lee")
    try store.recordPromotion(PromotionRecord(trainee: "佐藤 花子", level: "agent", reviewer: "Lee"))
    #expect(try store.promotions(trainee: "佐藤 花子").map(\.level) == ["agent"])
    #expect(try store.trainees() == ["佐藤 花子"])
  }

  @Test(arguments: StoreBackend.available) func listsAttemptsNewestFirstWithEveryStatus(backend: StoreBackend)
    throws
  {
    let test = try backend.makeStore()
    let store = test.store
    let scenario = SyntheticHistory.scenario()
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    try SyntheticHistory.writeAttempt(
      to: store, trainee: "Dana", scenario: scenario, turns: 1, seed: 0, startedAt: start)
    let abandoned = try store.startAttempt(
      NewAttempt(trainee: "Dana", scenario: scenario, contentHash: "h", mode: .exam, startedAt: start + 60))
    try store.abandonAttempt(abandoned, at: start + 90)
    let open = try store.startAttempt(
      NewAttempt(
        trainee: "Dana", scenario: scenario, contentHash: "h", mode: .practice, startedAt: start + 120))
    let attempts = try store.attempts(trainee: "Dana", limit: nil)
    #expect(attempts.map(\.status) == [.inProgress, .abandoned, .finished])
    #expect(attempts.map(\.id).first == open)
    #expect(try store.attempts(trainee: "Dana", limit: 2).count == 2)
    #expect(try store.attempts(trainee: "Nobody", limit: nil).isEmpty)
  }

  @Test(arguments: StoreBackend.available) func neverChangesAFinishedAttempt(backend: StoreBackend) throws {
    let test = try backend.makeStore()
    let store = test.store
    let id = try SyntheticHistory.writeAttempt(
      to: store, trainee: "Dana", scenario: SyntheticHistory.scenario(), turns: 2, seed: 0)
    let before = try store.attempt(id)
    let result = AttemptResult(outcome: .resolved, score: 100, passed: true, categories: [:])
    #expect(throws: StoreError.attemptClosed(id)) { try store.finishAttempt(id, with: result) }
    #expect(throws: StoreError.attemptClosed(id)) { try store.abandonAttempt(id, at: Date()) }
    let turn = try store.turns(attempt: id)[0]
    var extra = turn
    extra.index = 9
    #expect(throws: StoreError.attemptClosed(id)) { try store.recordTurn(extra) }
    #expect(throws: StoreError.unknownAttempt(999)) { try store.attempt(999) }
    // Even SQL written by hand, as the database's owner, is refused by the database itself.
    #expect(throws: (any Error).self) { try test.execute("UPDATE attempt SET score = 0") }
    #expect(throws: (any Error).self) { try test.execute("DELETE FROM attempt") }
    #expect(throws: (any Error).self) { try test.execute("UPDATE turn SET reply = 'x'") }
    #expect(try store.attempt(id) == before)
    #expect(try store.turns(attempt: id).count == 2)
  }

  @Test(arguments: StoreBackend.available) func anOverrideIsANewRecordAndTheOriginalStays(
    backend: StoreBackend
  ) throws {
    let test = try backend.makeStore()
    let store = test.store
    let id = try SyntheticHistory.writeAttempt(
      to: store, trainee: "Dana", scenario: SyntheticHistory.scenario(), turns: 1, seed: 3)  // "Please wait."
    let before = try store.attempt(id)
    #expect(before.passed == false)
    try store.seedLead("Lee")
    try store.seedLead("Kim")
    try store.recordReview(
      ReviewRecord(
        attempt: id, reviewer: "Lee", categoryOverrides: ["empathy": 90, "accuracy": 80],
        passedOverride: true, effectiveScore: 85.5, effectiveVerdict: true,
        reason: "the customer was satisfied"))
    let after = try store.attempt(id)
    #expect(after.overridden)
    #expect(after.passed == true)
    #expect(after.categories["empathy"] == 90)
    #expect(after.originalPassed == false)
    #expect(after.originalScore == before.score)
    #expect(after.originalCategories == before.categories)
    // The overall score is the one worked out when the review was recorded, by the attempt's formula.
    #expect(after.score == 85.5)
    #expect(after.overriddenBy == "Lee")
    #expect(after.verdictOverridden)
    let reviews = try store.reviews(attempt: id)
    #expect(reviews.map(\.reviewer) == ["Lee"])
    #expect(reviews[0].categoryOverrides == ["empathy": 90, "accuracy": 80])
    // A later note without overrides leaves the effective result as the last override made it.
    try store.recordReview(ReviewRecord(attempt: id, reviewer: "Kim", note: "agreed"))
    #expect(try store.attempt(id).passed == true)
    #expect(throws: (any Error).self) { try test.execute("DELETE FROM review") }
  }

  @Test(arguments: StoreBackend.available) func reviewsInAPeriodComeWithTheirAttempt(backend: StoreBackend)
    throws
  {
    let test = try backend.makeStore()
    let store = test.store
    let start = Date(timeIntervalSince1970: 1_790_000_000)
    let id = try SyntheticHistory.writeAttempt(
      to: store, trainee: "佐藤 花子", scenario: SyntheticHistory.scenario(id: "late-parcel"), turns: 1, seed: 3,
      startedAt: start)
    let attempt = try store.attempt(id)
    try store.seedLead("Lee")
    try store.seedLead("Kim")
    try store.recordReview(
      ReviewRecord(
        attempt: id, reviewer: "Lee", categoryOverrides: ["empathy": 90], effectiveScore: 81,
        effectiveVerdict: true, reason: "the apology was there", recordedAt: start + 1_000))
    try store.recordReview(
      ReviewRecord(attempt: id, reviewer: "Kim", note: "agreed", recordedAt: start + 2_000))
    let all = try store.reviews(since: nil, until: nil)
    #expect(all.map(\.review.reviewer) == ["Lee", "Kim"])
    #expect(all.map(\.review) == (try store.reviews(attempt: id)))
    let first = try #require(all.first)
    #expect(first.trainee == "佐藤 花子")
    #expect(first.scenario == "late-parcel")
    #expect(first.scenarioTitle == attempt.scenarioTitle)
    #expect(first.originalScore == attempt.originalScore)
    #expect(first.originalPassed == attempt.originalPassed)
    #expect(first.review.effectiveScore == 81)
    // Half-open: from `since`, up to but not including `until`.
    #expect(try store.reviews(since: start + 1_000, until: start + 2_000).map(\.review.reviewer) == ["Lee"])
    #expect(try store.reviews(since: start + 1_001, until: nil).map(\.review.reviewer) == ["Kim"])
    #expect(try store.reviews(since: nil, until: start + 1_000).isEmpty)
  }

  @Test(arguments: StoreBackend.available) func disputesAreOpenUntilSettled(backend: StoreBackend) throws {
    let test = try backend.makeStore()
    let store = test.store
    let id = try SyntheticHistory.writeAttempt(
      to: store, trainee: "Dana", scenario: SyntheticHistory.scenario(), turns: 1, seed: 3, mode: .exam)
    #expect(try store.unreviewedFailedExams().map(\.id) == [id])
    let dispute = try store.recordDispute(attempt: id, reason: "my apology was there", at: Date())
    #expect(try store.disputes(attempt: nil).map(\.isOpen) == [true])
    try store.seedLead("Lee")
    try store.recordReview(
      ReviewRecord(
        attempt: id, reviewer: "Lee", reason: "no apology in the reply", dispute: dispute, decision: .rejected
      ))
    #expect(try store.disputes(attempt: id).first?.decision == .rejected)
    #expect(try store.unreviewedFailedExams().isEmpty)
    let open = try store.startAttempt(
      NewAttempt(trainee: "Dana", scenario: SyntheticHistory.scenario(), contentHash: "h", mode: .practice))
    #expect(throws: StoreError.attemptNotFinished(open)) {
      try store.recordDispute(attempt: open, reason: "x", at: Date())
    }
    #expect(throws: StoreError.attemptNotFinished(open)) {
      try store.recordReview(ReviewRecord(attempt: open, reviewer: "Lee", note: "too early"))
    }
  }

  @Test(arguments: StoreBackend.available) func nobodyReviewsOrPromotesOnTheirOwnRecord(backend: StoreBackend)
    throws
  {
    let test = try backend.makeStore()
    let store = test.store
    try store.seedLead("Lee")
    let own = try SyntheticHistory.writeAttempt(
      to: store, trainee: "Lee", scenario: SyntheticHistory.scenario(), turns: 1, seed: 3)
    let refusal = StoreError.refused(
      "nobody reviews, overrides, settles or approves a promotion on their own record")
    #expect {
      try store.recordReview(
        ReviewRecord(attempt: own, reviewer: "Lee", passedOverride: true, reason: "I think I did fine"))
    } throws: { ($0 as? StoreError)?.description == refusal.description }
    #expect {
      try store.recordPromotion(
        PromotionRecord(trainee: "Lee", level: "agent", reviewer: "Lee", reason: "ready", forced: true))
    } throws: { ($0 as? StoreError)?.description == refusal.description }
    #expect(try store.reviews(attempt: own).isEmpty)
    #expect(try store.promotions(trainee: "Lee").isEmpty)
    #expect(try store.attempt(own).passed == false)
  }

  @Test(arguments: StoreBackend.available) func aTurnWhoseJSONWasDamagedIsLeftOutOfTheTranscript(
    backend: StoreBackend
  ) throws {
    let test = try backend.makeStore()
    let store = test.store
    let id = try SyntheticHistory.writeAttempt(
      to: store, trainee: "Dana", scenario: SyntheticHistory.scenario(), turns: 3, seed: 0)
    switch backend {
    case .sqlite: try test.execute("DROP TRIGGER turn_is_final; UPDATE turn SET result = '{' WHERE idx = 1")
    case .postgres:
      try test.execute("ALTER TABLE turn DISABLE TRIGGER USER; UPDATE turn SET result = '{' WHERE idx = 1")
    }
    #expect(try store.turns(attempt: id).map(\.index) == [0, 2])
  }
}
