import FrontlineHistory
import FrontlineModel
import FrontlineText
import Testing

@testable import FrontlineProgress

@Suite("Passed requirements")
struct PassedRequirementTests {
  @Test("Exactly N passes meet a requirement of N; N - 1 do not", arguments: [1, 2, 3, 5, 10])
  func exactlyNPassesMeet(count: Int) {
    let requirement = Fixture.passed(count)

    let enough = Fixture.progress(requirement, Fixture.passes(count))
    #expect(enough.met)
    #expect(enough.current == Double(count))
    #expect(enough.target == Double(count))
    #expect(enough.progress == "\(count) of \(count)")

    let short = Fixture.progress(requirement, Fixture.passes(count - 1))
    #expect(!short.met)
    #expect(short.current == Double(count - 1))
    #expect(short.progress == "\(count - 1) of \(count)")
  }

  @Test(
    "A difficulty below the minimum does not count; equal or above does",
    arguments: [
      (1, false), (2, false), (3, true), (4, true), (5, true),
    ])
  func minimumDifficulty(difficulty: Int, counts: Bool) {
    let progress = Fixture.progress(
      Fixture.passed(1, minDifficulty: 3), Fixture.passes(1, difficulty: difficulty))
    #expect(progress.met == counts)
    #expect(progress.current == (counts ? 1 : 0))
  }

  @Test("Only passes of the required kind count", arguments: ScenarioKind.allCases)
  func kindFilter(kind: ScenarioKind) {
    let oneOfEach = ScenarioKind.allCases.enumerated().map { Fixture.attempt($0.offset, kind: $0.element) }
    let progress = Fixture.progress(
      Fixture.passed(2, kind: kind), oneOfEach + [Fixture.attempt(9, kind: kind)])
    #expect(progress.current == 2)
    #expect(progress.met)

    let others = oneOfEach.filter { $0.kind != kind }
    #expect(Fixture.progress(Fixture.passed(1, kind: kind), others).current == 0)
  }

  @Test func anyKindCountsWithoutAKindFilter() {
    let oneOfEach = ScenarioKind.allCases.enumerated().map { Fixture.attempt($0.offset, kind: $0.element) }
    let progress = Fixture.progress(Fixture.passed(4), oneOfEach)
    #expect(progress.current == 4)
    #expect(progress.met)
  }

  @Test("Exam-only and practice-only requirements count only that mode", arguments: AttemptMode.allCases)
  func modeFilter(mode: AttemptMode) {
    let other: AttemptMode = mode == .exam ? .practice : .exam
    let otherModeOnly = Fixture.progress(Fixture.passed(3, mode: mode), Fixture.passes(5, mode: other))
    #expect(otherModeOnly.current == 0)
    #expect(!otherModeOnly.met)

    let mixed = Fixture.passes(2, mode: mode) + Fixture.passes(5, from: 10, mode: other)
    let progress = Fixture.progress(Fixture.passed(3, mode: mode), mixed)
    #expect(progress.current == 2)
    #expect(!progress.met)
    #expect(progress.progress == "2 of 3")
  }

  @Test func bothModesCountWithoutAModeFilter() {
    let mixed = Fixture.passes(2, mode: .exam) + Fixture.passes(2, from: 10, mode: .practice)
    #expect(Fixture.progress(Fixture.passed(4), mixed).met)
  }

  @Test func everyFilterMustMatchAtOnce() {
    let requirement = Fixture.passed(1, kind: .escalation, minDifficulty: 3, mode: .exam)
    let nearMisses = [
      Fixture.attempt(0, kind: .complaint, difficulty: 3, mode: .exam),
      Fixture.attempt(1, kind: .escalation, difficulty: 2, mode: .exam),
      Fixture.attempt(2, kind: .escalation, difficulty: 3, mode: .practice),
      Fixture.attempt(3, passed: false, kind: .escalation, difficulty: 3, mode: .exam),
    ]
    #expect(Fixture.progress(requirement, nearMisses).current == 0)
    let hit = Fixture.attempt(4, kind: .escalation, difficulty: 4, mode: .exam)
    #expect(Fixture.progress(requirement, nearMisses + [hit]).met)
  }

  @Test func failedAttemptsNeverCount() {
    let failed = (0..<5).map { Fixture.attempt($0, passed: false) }
    let progress = Fixture.progress(Fixture.passed(1), failed)
    #expect(progress.current == 0)
    #expect(!progress.met)
    #expect(progress.progress == "0 of 1")
  }

  @Test func aFinishedAttemptWithoutAVerdictDoesNotCount() {
    #expect(Fixture.progress(Fixture.passed(1), [Fixture.attempt(0, passed: nil)]).current == 0)
  }

  @Test(
    "Unfinished attempts never count, even marked passed",
    arguments: [AttemptStatus.inProgress, .interrupted, .abandoned])
  func unfinishedAttemptsNeverCount(status: AttemptStatus) {
    let unfinished = (0..<3).map { Fixture.attempt($0, status: status) }
    let progress = Fixture.progress(Fixture.passed(3), unfinished + Fixture.passes(2, from: 10))
    #expect(progress.current == 2)
    #expect(!progress.met)
  }

  @Test func progressStopsAtTheTargetButCurrentKeepsCounting() {
    let progress = Fixture.progress(Fixture.passed(3), Fixture.passes(5))
    #expect(progress.met)
    #expect(progress.progress == "3 of 3")
    #expect(progress.current == 5)
    #expect(progress.target == 3)
  }
}

@Suite("Average requirements")
struct AverageRequirementTests {
  @Test func onlyTheLastAttemptsCount() {
    let lowThenHigh = Fixture.scored([10, 10, 10, 80, 80, 80])
    let met = Fixture.progress(Fixture.average(atLeast: 75, last: 3), lowThenHigh)
    #expect(met.current == 80)
    #expect(met.met)
    #expect(met.progress == "80 of 75 (last 3 attempts)")

    let highThenLow = Fixture.scored([90, 90, 90, 60, 60, 60])
    let unmet = Fixture.progress(Fixture.average(atLeast: 75, last: 3), highThenLow)
    #expect(unmet.current == 60)
    #expect(!unmet.met)
  }

  @Test func newestMeansLatestStartedWhateverTheOrderGiven() {
    let history = Fixture.scored([10, 10, 10, 80, 80, 80])
    for order in [
      history, history.reversed(), [history[3], history[0], history[5], history[1], history[4], history[2]],
    ] {
      let progress = Fixture.progress(Fixture.average(atLeast: 75, last: 3), order)
      #expect(progress.current == 80)
      #expect(progress.met)
    }
  }

  @Test func notApplicableScoresAreSkippedNotCountedAsZero() {
    let history = Fixture.scored([70, nil, 80, nil])
    let progress = Fixture.progress(Fixture.average(atLeast: 75, last: 2), history)
    #expect(progress.current == 75)
    #expect(progress.met)
    #expect(progress.progress == "75 of 75 (last 2 attempts)")
  }

  @Test func attemptsWithoutTheCategoryAreSkipped() {
    let history = Fixture.scored([80, 80]) + [Fixture.attempt(5, categories: ["accuracy": 10])]
    let progress = Fixture.progress(Fixture.average(atLeast: 75, last: 2), history)
    #expect(progress.current == 80)
    #expect(progress.met)
  }

  @Test(
    "Scores of unfinished attempts are ignored",
    arguments: [AttemptStatus.inProgress, .interrupted, .abandoned])
  func unfinishedAttemptsAreIgnored(status: AttemptStatus) {
    let newerUnfinished = (10..<13).map { Fixture.attempt($0, status: status, categories: ["empathy": 0]) }
    let progress = Fixture.progress(
      Fixture.average(atLeast: 75, last: 3), Fixture.scored([80, 80, 80]) + newerUnfinished)
    #expect(progress.current == 80)
    #expect(progress.met)
  }

  @Test func fewerAttemptsThanTheWindowIsNotMetHoweverHigh() {
    let progress = Fixture.progress(
      Fixture.average(atLeast: 75, last: 10), Fixture.scored([100, 100, 100, 100]))
    #expect(!progress.met)
    #expect(progress.current == 100)
    #expect(progress.progress == "100 of 75 (4 of 10 attempts so far)")
  }

  @Test func notApplicableScoresDoNotFillTheWindow() {
    let history = Fixture.scored([90, nil, 90, nil, 90])
    let progress = Fixture.progress(Fixture.average(atLeast: 75, last: 5), history)
    #expect(!progress.met)
    #expect(progress.progress == "90 of 75 (3 of 5 attempts so far)")
  }

  @Test func noScoresAtAll() {
    let progress = Fixture.progress(Fixture.average(atLeast: 75, last: 10), [])
    #expect(!progress.met)
    #expect(progress.current == 0)
    #expect(progress.target == 75)
    #expect(progress.progress == "0 of 75 (0 of 10 attempts so far)")
  }

  @Test(
    "An average exactly at the threshold is met",
    arguments: [[70, 80], [75, 75, 75], [60, 90, 75], [50, 100]])
  func exactlyAtTheThreshold(scores: [Double]) {
    let progress = Fixture.progress(Fixture.average(atLeast: 75, last: scores.count), Fixture.scored(scores))
    #expect(progress.met)
    #expect(progress.current == 75)
  }

  /// 70.6, 72.1 and 82.3 average exactly 75.0, but summed newest first in binary floating point they
  /// come to 74.99999999999999, so the requirement reads "75 of 75" and is not met.
  @Test func anAverageAtTheThresholdInDecimalIsMetDespiteBinaryRounding() {
    let progress = Fixture.progress(
      Fixture.average(atLeast: 75, last: 3), Fixture.scored([70.6, 72.1, 82.3]))
    #expect(progress.progress == "75 of 75 (last 3 attempts)")
    #expect(progress.met)
  }

  @Test func justBelowTheThresholdIsNotMet() {
    let progress = Fixture.progress(Fixture.average(atLeast: 75, last: 2), Fixture.scored([74.8, 75]))
    #expect(!progress.met)
    #expect(progress.current == 74.9)
    #expect(progress.progress == "74.9 of 75 (last 2 attempts)")
  }

  @Test func progressReadsWithOneDecimal() {
    let history = Fixture.scored([72, 72, 72, 72, 72, 72, 72, 72, 72, 76])
    let progress = Fixture.progress(Fixture.average(atLeast: 75, last: 10), history)
    #expect(progress.progress == "72.4 of 75 (last 10 attempts)")
    #expect(progress.current == 72.4)
    #expect(!progress.met)

    let soFar = Fixture.progress(Fixture.average(atLeast: 75, last: 10), Fixture.scored([70, 71, 72, 73]))
    #expect(soFar.progress == "71.5 of 75 (4 of 10 attempts so far)")
  }

  @Test func currentIsRoundedToOneDecimal() {
    let progress = Fixture.progress(Fixture.average(atLeast: 70, last: 3), Fixture.scored([70, 70, 71]))
    #expect(progress.current == 70.3)
    #expect(progress.progress == "70.3 of 70 (last 3 attempts)")
    #expect(progress.met)
  }

  @Test func aFractionalTargetReadsWithOneDecimal() {
    let progress = Fixture.progress(Fixture.average(atLeast: 72.5, last: 3), Fixture.scored([80, 80, 80]))
    #expect(progress.target == 72.5)
    #expect(progress.progress == "80 of 72.5 (last 3 attempts)")
    #expect(progress.description == "Empathy average of 72.5 or more over your last 3 attempts")
  }

  @Test func onlyTheRequiredCategoryCounts() {
    let history = (0..<3).map { Fixture.attempt($0, categories: ["empathy": 40, "accuracy": 95]) }
    let empathy = Fixture.progress(Fixture.average("empathy", atLeast: 75, last: 3), history)
    let accuracy = Fixture.progress(Fixture.average("accuracy", atLeast: 75, last: 3), history)
    #expect(empathy.current == 40)
    #expect(!empathy.met)
    #expect(accuracy.current == 95)
    #expect(accuracy.met)
  }

  /// The window is the last N attempts scored in the category: an attempt where the category was
  /// N/A (routing on a step that does not judge it) holds no evidence either way, so the window
  /// reaches one attempt further back.
  @Test func theWindowCountsAttemptsScoredInTheCategory() {
    let history = Fixture.scored([0, 80, nil, 80])
    let progress = Fixture.progress(Fixture.average(atLeast: 75, last: 3), history)
    #expect(progress.current == 53.3)
  }

  /// What progress shows agrees with whether it is met: the comparison uses the average as shown.
  @Test func whatProgressShowsAgreesWithMet() {
    let progress = Fixture.progress(Fixture.average(atLeast: 75, last: 2), Fixture.scored([74.9, 75]))
    #expect(
      progress.met == (progress.current >= progress.target), "\(progress.progress), met: \(progress.met)")
    #expect(progress.met)
  }
}

@Suite("Requirements in plain words")
struct RequirementDescriptionTests {
  static let cases: [(Requirement, String)] = [
    (Fixture.passed(1), "Pass 1 scenario"),
    (Fixture.passed(3), "Pass 3 different scenarios"),
    (Fixture.passed(1, kind: .complaint), "Pass 1 complaint scenario"),
    (
      Fixture.passed(3, kind: .complaint, minDifficulty: 2),
      "Pass 3 different complaint scenarios at difficulty 2 or higher"
    ),
    (Fixture.passed(2, mode: .exam), "Pass 2 different scenarios in exam mode"),
    (Fixture.passed(5, kind: .inquiry, mode: .exam), "Pass 5 different inquiry scenarios in exam mode"),
    (
      Fixture.passed(2, kind: .upsell, minDifficulty: 3, mode: .practice),
      "Pass 2 different upsell scenarios at difficulty 3 or higher in practice mode"
    ),
    (
      Fixture.passed(4, minDifficulty: 4, mode: .exam),
      "Pass 4 different scenarios at difficulty 4 or higher in exam mode"
    ),
    (
      Fixture.average("empathy", atLeast: 75, last: 10),
      "Empathy average of 75 or more over your last 10 attempts"
    ),
    (
      Fixture.average("accuracy", atLeast: 80.5, last: 5),
      "Accuracy average of 80.5 or more over your last 5 attempts"
    ),
  ]

  @Test(arguments: cases)
  func describes(requirement: Requirement, words: String) {
    let level = Fixture.level("target", requirement)
    #expect(
      LadderEvaluator.progress(toward: level, finished: [AttemptRecord](), localizer: .english).map(
        \.description)
        == [words])
  }

  @Test func aLevelsRequirementsKeepTheirOrder() {
    let level = Fixture.level(
      "senior", Fixture.average(atLeast: 75, last: 10), Fixture.passed(3, kind: .escalation))
    let progress = LadderEvaluator.progress(
      toward: level, finished: Fixture.passes(3, kind: .escalation), localizer: .english)
    #expect(
      progress.map(\.description) == [
        "Empathy average of 75 or more over your last 10 attempts", "Pass 3 different escalation scenarios",
      ])
    #expect(progress.map(\.met) == [false, true])
  }

  @Test(arguments: [(75.0, "75"), (0, "0"), (100, "100"), (72.4, "72.4"), (72.5, "72.5"), (80.1, "80.1")])
  func formatsNumbers(value: Double, text: String) {
    #expect(ReportNumber.format(value) == text)
  }
}
