import Foundation
import FrontlineModel
import Testing

@testable import FrontlineHistory
@testable import FrontlineProgress

/// A level rests on different scenarios passed, not on one scenario repeated, and never on a
/// conversation the trainee ended early.
@Suite struct DistinctScenarioTests {
  @Test func passingOneScenarioThreeTimesCountsOnce() {
    let repeats = (0..<3).map { Fixture.attempt($0, scenario: "faq-returns") }
    let progress = Fixture.progress(Fixture.passed(3), repeats)
    #expect(progress.current == 1)
    #expect(!progress.met)
    #expect(progress.progress == "1 of 3 (3 passes of 1 different scenario)")
    #expect(progress.scenarios == ["faq-returns"])
  }

  @Test func differentScenariosCountInTheOrderFirstPassed() {
    let attempts = [
      Fixture.attempt(0, scenario: "b"), Fixture.attempt(1, scenario: "a"), Fixture.attempt(2, scenario: "b"),
      Fixture.attempt(3, scenario: "c"),
    ]
    let progress = Fixture.progress(Fixture.passed(3), attempts)
    #expect(progress.met)
    #expect(progress.scenarios == ["b", "a", "c"])
  }

  @Test func aLevelMayLetRepeatsCount() {
    let repeats = (0..<3).map { Fixture.attempt($0, scenario: "faq-returns") }
    let progress = Fixture.progress(Fixture.passed(3, distinct: false), repeats)
    #expect(progress.met)
    #expect(progress.description == "Pass 3 scenarios (repeats count)")
  }

  @Test func anAttemptEndedEarlyNeverCountsEvenPassedOnReview() {
    var early = Fixture.attempt(0, scenario: "a", outcome: .endedEarly)
    early.passed = true
    early.overridden = true
    #expect(Fixture.progress(Fixture.passed(1), [early]).current == 0)
    let averages = Fixture.progress(
      Fixture.average(atLeast: 10, last: 1),
      [
        Fixture.attempt(0, categories: ["empathy": 100], outcome: .endedEarly)
      ])
    #expect(averages.progress.contains("0 of 1 attempts so far"))
  }

  @Test func theSuggestionAdvancesTheNextLevelsUnmetRequirements() {
    func scenario(_ id: String, _ kind: ScenarioKind, _ difficulty: Int, language: String = "en") -> Scenario
    {
      var scenario = Fixture.scenario(id: id, kind: kind, difficulty: difficulty)
      scenario.language = language
      return scenario
    }
    let library = [
      scenario("easy-upsell", .upsell, 1), scenario("hard-upsell", .upsell, 2),
      scenario("complaint-two", .complaint, 2), scenario("complaint-three", .complaint, 3),
    ]
    let ladder = Ladder(levels: [
      Fixture.level("agent"),
      Fixture.level(
        "senior-agent", Fixture.passed(2, kind: .complaint, minDifficulty: 2),
        Fixture.passed(1, kind: .upsell, minDifficulty: 2, mode: .exam)),
    ])
    let passedComplaint = Fixture.attempt(0, kind: .complaint, difficulty: 2, scenario: "complaint-two")
    let standing = Fixture.standing([passedComplaint], ladder: ladder)
    let next = NextScenario.suggest(
      from: library, ladder: ladder, standing: standing, attempts: [passedComplaint])
    // The difficulty-1 upsell counts for nothing, the complaint already passed no more; of the two
    // that advance one requirement each, the easier.
    #expect(next?.scenario.id == "hard-upsell")
    #expect(next?.exam == true)
    let onlyUpsellLeft = NextScenario.suggest(
      from: library.filter { $0.kind == .upsell }, ladder: ladder, standing: standing,
      attempts: [passedComplaint])
    #expect(onlyUpsellLeft?.scenario.id == "hard-upsell")
    #expect(onlyUpsellLeft?.exam == true)
    #expect(onlyUpsellLeft?.advances == ["Pass 1 upsell scenario at difficulty 2 or higher in exam mode"])
  }

  @Test func beforeAnyPracticeTheSuggestionPrefersTheInterfacesLanguage() {
    var japanese = Fixture.scenario(id: "kettle-ja", kind: .complaint, difficulty: 1)
    japanese.language = "ja"
    let english = Fixture.scenario(id: "kettle", kind: .complaint, difficulty: 1)
    let ladder = Ladder(levels: [Fixture.level("trainee"), Fixture.level("agent", Fixture.passed(1))])
    let standing = Fixture.standing([], ladder: ladder)
    let inJapanese = NextScenario.suggest(
      from: [english, japanese], ladder: ladder, standing: standing, attempts: [], language: "ja")
    #expect(inJapanese?.scenario.id == "kettle-ja")
    let inEnglish = NextScenario.suggest(
      from: [japanese, english], ladder: ladder, standing: standing, attempts: [], language: "en")
    #expect(inEnglish?.scenario.id == "kettle")
  }
}
