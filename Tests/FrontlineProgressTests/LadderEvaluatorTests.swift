import FrontlineHistory
import FrontlineModel
import FrontlineProgress
import FrontlineText
import Testing

@Suite("Ladder standing")
struct LadderEvaluatorTests {
  @Test func aNewTraineeStartsOnTheFirstLevel() {
    let standing = Fixture.standing([])
    #expect(standing.trainee == Fixture.trainee)
    #expect(standing.level == "trainee")
    #expect(standing.levelTitle == "Trainee")
    #expect(standing.nextLevel == "agent")
    #expect(standing.nextLevelTitle == "Agent")
    #expect(!standing.pendingApproval)
    #expect(standing.unrecordedLevels.isEmpty)
    #expect(standing.requirements.map(\.progress) == ["0 of 2"])
    #expect(standing.requirements.map(\.description) == ["Pass 2 different scenarios"])
  }

  @Test func levelsReachedAutomaticallyAreUnrecorded() {
    let standing = Fixture.standing(Fixture.passes(2))
    #expect(standing.level == "agent")
    #expect(standing.levelTitle == "Agent")
    #expect(standing.unrecordedLevels == ["agent"])
    #expect(standing.nextLevel == "senior")
    #expect(standing.requirements.map(\.progress) == ["2 of 4"])
    #expect(!standing.pendingApproval)
  }

  @Test func oneShortStaysBelow() {
    let standing = Fixture.standing(Fixture.passes(1))
    #expect(standing.level == "trainee")
    #expect(standing.unrecordedLevels.isEmpty)
    #expect(standing.requirements.map(\.met) == [false])
  }

  @Test func severalLevelsCanBeReachedAtOnceInOrder() {
    let ladder = Ladder(levels: [
      Fixture.level("new"), Fixture.level("one", Fixture.passed(1)), Fixture.level("two", Fixture.passed(2)),
      Fixture.level("three", Fixture.passed(3)), Fixture.level("four", Fixture.passed(4)),
    ])
    let standing = Fixture.standing(Fixture.passes(3), ladder: ladder)
    #expect(standing.level == "three")
    #expect(standing.unrecordedLevels == ["one", "two", "three"])
    #expect(standing.nextLevel == "four")
    #expect(standing.requirements.map(\.progress) == ["3 of 4"])
  }

  @Test func aLevelAlreadyRecordedIsNotUnrecorded() {
    let standing = Fixture.standing(
      Fixture.passes(2), promotions: [Fixture.promotion("agent", reviewer: nil)])
    #expect(standing.level == "agent")
    #expect(standing.unrecordedLevels.isEmpty)
  }

  @Test(
    "Unfinished and failed attempts never move the standing",
    arguments: [AttemptStatus.inProgress, .interrupted, .abandoned])
  func unfinishedAttemptsDoNotMoveTheStanding(status: AttemptStatus) {
    let attempts =
      [Fixture.attempt(0)] + (1..<5).map { Fixture.attempt($0, status: status) }
      + (5..<9).map { Fixture.attempt($0, passed: false) }
    let standing = Fixture.standing(attempts)
    #expect(standing.level == "trainee")
    #expect(standing.requirements.map(\.progress) == ["1 of 2"])
  }

  @Test func everyRequirementOfALevelMustBeMet() {
    let ladder = Ladder(levels: [
      Fixture.level("new"),
      Fixture.level("agent", Fixture.passed(3), Fixture.average(atLeast: 75, last: 3)),
    ])
    let passedButLow = (0..<3).map { Fixture.attempt($0, categories: ["empathy": 60]) }
    let low = Fixture.standing(passedButLow, ladder: ladder)
    #expect(low.level == "new")
    #expect(low.requirements.map(\.met) == [true, false])

    let highButFew = (0..<2).map { Fixture.attempt($0, categories: ["empathy": 90]) }
    #expect(Fixture.standing(highButFew, ladder: ladder).level == "new")

    let both = (0..<3).map { Fixture.attempt($0, categories: ["empathy": 90]) }
    let standing = Fixture.standing(both, ladder: ladder)
    #expect(standing.level == "agent")
    #expect(standing.unrecordedLevels == ["agent"])
  }

  @Test func aLevelNeedingApprovalIsPendingOneLevelBelow() {
    let standing = Fixture.standing(Fixture.passes(4))
    #expect(standing.pendingApproval)
    #expect(standing.level == "agent")
    #expect(standing.nextLevel == "senior")
    #expect(standing.unrecordedLevels == ["agent"])
    #expect(standing.requirements.map(\.met) == [true])
    #expect(standing.requirements.map(\.progress) == ["4 of 4"])
  }

  @Test func pendingApprovalHoldsBackLevelsAboveItsRequirementsMet() {
    let standing = Fixture.standing(Fixture.passes(10))
    #expect(standing.pendingApproval)
    #expect(standing.level == "agent")
    #expect(!standing.unrecordedLevels.contains("lead"))
    #expect(!standing.unrecordedLevels.contains("senior"))
  }

  @Test func approvalIsNotPendingUntilTheRequirementsAreMet() {
    let standing = Fixture.standing(Fixture.passes(3))
    #expect(!standing.pendingApproval)
    #expect(standing.level == "agent")
    #expect(standing.requirements.map(\.met) == [false])
  }

  @Test func anApprovedPromotionMovesTheTraineeUp() {
    let promotions = [Fixture.promotion("agent", reviewer: nil), Fixture.promotion("senior")]
    let standing = Fixture.standing(Fixture.passes(4), promotions: promotions)
    #expect(standing.level == "senior")
    #expect(standing.levelTitle == "Senior")
    #expect(!standing.pendingApproval)
    #expect(standing.nextLevel == "lead")
    #expect(standing.unrecordedLevels.isEmpty)
    #expect(standing.requirements.map(\.progress) == ["4 of 6"])
  }

  @Test func aRecordedLevelIsKeptWhenTheLadderGetsStricter() {
    let stricter = Ladder(levels: [
      Fixture.level("trainee"),
      Fixture.level("agent", Fixture.passed(10, mode: .exam)),
      Fixture.level(
        "senior", approval: true, Fixture.passed(20, minDifficulty: 3), Fixture.average(atLeast: 95, last: 10)
      ),
      Fixture.level("lead", Fixture.passed(30)),
    ])
    let attempts = Fixture.passes(4)
    let promotions = [Fixture.promotion("agent", reviewer: nil), Fixture.promotion("senior")]
    #expect(Fixture.standing(attempts, promotions: promotions).level == "senior")

    let standing = Fixture.standing(attempts, promotions: promotions, ladder: stricter)
    #expect(standing.level == "senior")
    #expect(standing.nextLevel == "lead")
    #expect(!standing.pendingApproval)
    #expect(standing.unrecordedLevels.isEmpty)
    #expect(standing.requirements.map(\.progress) == ["4 of 30"])
  }

  @Test func anAutomaticLevelOnceRecordedIsKeptWhenTheLadderGetsStricter() {
    let stricter = Ladder(levels: [
      Fixture.level("trainee"), Fixture.level("agent", Fixture.passed(5)),
      Fixture.level("senior", approval: true, Fixture.passed(6)),
    ])
    let standing = Fixture.standing(
      Fixture.passes(2), promotions: [Fixture.promotion("agent", reviewer: nil)], ladder: stricter)
    #expect(standing.level == "agent")
    #expect(standing.requirements.map(\.progress) == ["2 of 6"])
  }

  @Test func aPromotionBeyondWhatTheRequirementsReachCounts() {
    let standing = Fixture.standing([], promotions: [Fixture.promotion("senior", forced: true)])
    #expect(standing.level == "senior")
    #expect(standing.nextLevel == "lead")
    #expect(!standing.pendingApproval)
    #expect(standing.unrecordedLevels.isEmpty)
    #expect(standing.requirements.map(\.progress) == ["0 of 6"])
  }

  @Test func aPromotionBeyondAPendingLevelClearsThePending() {
    let standing = Fixture.standing(Fixture.passes(4), promotions: [Fixture.promotion("lead", forced: true)])
    #expect(standing.level == "lead")
    #expect(!standing.pendingApproval)
    #expect(standing.nextLevel == nil)
  }

  @Test func promotionsToLevelsNoLongerOnTheLadderAreIgnored() {
    let standing = Fixture.standing(Fixture.passes(2), promotions: [Fixture.promotion("supervisor")])
    #expect(standing.level == "agent")
    #expect(standing.nextLevel == "senior")
  }

  /// A level inserted below a recorded promotion (or a promotion that skipped a level) must not stop
  /// the levels above the promotion from being reached: "lead" is met and needs no approval.
  @Test func levelsAboveAPromotionBeyondTheRequirementsAreStillReached() {
    let ladder = Ladder(levels: [
      Fixture.level("trainee"),
      Fixture.level("agent", Fixture.passed(1, mode: .exam)),
      Fixture.level("senior", Fixture.passed(2)),
      Fixture.level("lead", Fixture.passed(3)),
      Fixture.level("coach", Fixture.passed(10)),
    ])
    let standing = Fixture.standing(
      Fixture.passes(3), promotions: [Fixture.promotion("senior")], ladder: ladder)
    #expect(standing.level == "lead")
    #expect(standing.unrecordedLevels == ["lead"])
    #expect(standing.nextLevel == "coach")
  }

  /// As above, with the level above the promotion needing approval: it is pending.
  @Test func aLevelAboveAPromotionBeyondTheRequirementsCanBePending() {
    let ladder = Ladder(levels: [
      Fixture.level("trainee"),
      Fixture.level("agent", Fixture.passed(1, mode: .exam)),
      Fixture.level("senior", Fixture.passed(2)),
      Fixture.level("lead", approval: true, Fixture.passed(3)),
    ])
    let standing = Fixture.standing(
      Fixture.passes(3), promotions: [Fixture.promotion("senior")], ladder: ladder)
    #expect(standing.level == "senior")
    #expect(standing.nextLevel == "lead")
    #expect(standing.requirements.map(\.met) == [true])
    #expect(standing.pendingApproval)
  }

  @Test func theTopOfTheLadderHasNothingNext() {
    let promotions = ["agent", "senior", "lead"].map { Fixture.promotion($0) }
    let standing = Fixture.standing(Fixture.passes(6), promotions: promotions)
    #expect(standing.level == "lead")
    #expect(standing.nextLevel == nil)
    #expect(standing.nextLevelTitle == nil)
    #expect(standing.requirements.isEmpty)
    #expect(!standing.pendingApproval)
    #expect(standing.unrecordedLevels.isEmpty)
  }

  @Test func theTopReachedAutomatically() {
    let ladder = Ladder(levels: [Fixture.level("new"), Fixture.level("agent", Fixture.passed(1))])
    let standing = Fixture.standing(Fixture.passes(1), ladder: ladder)
    #expect(standing.level == "agent")
    #expect(standing.unrecordedLevels == ["agent"])
    #expect(standing.nextLevel == nil)
    #expect(standing.requirements.isEmpty)
    #expect(!standing.pendingApproval)
  }

  @Test func aTopLevelNeedingApprovalIsPending() {
    let ladder = Ladder(levels: [
      Fixture.level("new"), Fixture.level("agent", approval: true, Fixture.passed(1)),
    ])
    let standing = Fixture.standing(Fixture.passes(1), ladder: ladder)
    #expect(standing.level == "new")
    #expect(standing.nextLevel == "agent")
    #expect(standing.pendingApproval)
  }

  @Test func aOneLevelLadder() {
    let standing = Fixture.standing(Fixture.passes(3), ladder: Ladder(levels: [Fixture.level("only")]))
    #expect(standing.level == "only")
    #expect(standing.nextLevel == nil)
    #expect(standing.requirements.isEmpty)
    #expect(standing.unrecordedLevels.isEmpty)
  }

  @Test func theFirstLevelsRequirementsAreNotChecked() {
    let ladder = Ladder(levels: [
      Fixture.level("new", Fixture.passed(100)), Fixture.level("agent", Fixture.passed(5)),
    ])
    let standing = Fixture.standing([], ladder: ladder)
    #expect(standing.level == "new")
    #expect(standing.requirements.map(\.progress) == ["0 of 5"])
  }

  @Test(
    "Titles come in the interface language",
    arguments: [(UILanguage.japanese, "エージェント", "シニア"), (.english, "Agent", "Senior")])
  func titlesInALanguage(language: UILanguage, level: String, next: String) {
    let ladder = Ladder(levels: [
      Fixture.level("trainee"),
      Level(id: "agent", titles: ["en": "Agent", "ja": "エージェント"], requirements: [Fixture.passed(1)]),
      Level(id: "senior", titles: ["en": "Senior", "ja": "シニア"], requirements: [Fixture.passed(2)]),
    ])
    let standing = Fixture.standing(Fixture.passes(1), ladder: ladder, localizer: Localizer(language))
    #expect(standing.levelTitle == level)
    #expect(standing.nextLevelTitle == next)
  }

  @Test func aLevelWithoutTitlesIsNamedByItsId() {
    let ladder = Ladder(levels: [
      Level(id: "trainee", titles: [:], requirements: []),
      Level(id: "agent-2", titles: ["ja": "エージェント"], requirements: [Fixture.passed(1)]),
    ])
    let standing = Fixture.standing([], ladder: ladder)
    #expect(standing.levelTitle == "trainee")
    #expect(standing.nextLevelTitle == "agent-2")
  }
}
