import FrontlineHistory
import FrontlineModel
import Testing

@testable import FrontlineProgress

@Suite("Category averages")
struct CategoryAverageTests {
  /// The one average computed for `empathy`.
  func empathy(_ attempts: [AttemptRecord], window: Int = 10) throws -> CategoryAverage {
    let averages = CategoryAverage.compute(attempts, categories: ["empathy"], window: window)
    #expect(averages.count == 1)
    return try #require(averages.first)
  }

  @Test func theLatestWindowAndTheOneBeforeIt() throws {
    let history = Fixture.scored(Array(repeating: 60, count: 5) + Array(repeating: 80, count: 10))
    let average = try empathy(history)
    #expect(average.category == "empathy")
    #expect(average.average == 80)
    #expect(average.attempts == 10)
    #expect(average.previous == 60)
    #expect(average.trend == "up")
  }

  @Test func thePreviousWindowIsNoWiderThanTheWindow() throws {
    let history = Fixture.scored([0, 0, 0, 50, 50, 50, 90, 90, 90])
    let average = try empathy(history, window: 3)
    #expect(average.average == 90)
    #expect(average.previous == 50)
    #expect(average.attempts == 3)
  }

  @Test func theDefaultWindowIsTen() throws {
    let history = Fixture.scored(Array(repeating: 40, count: 10) + Array(repeating: 70, count: 10))
    let average = try #require(CategoryAverage.compute(history, categories: ["empathy"]).first)
    #expect(average.average == 70)
    #expect(average.previous == 40)
    #expect(average.attempts == 10)
  }

  @Test(arguments: [1, 5, 10])
  func noPreviousWindowWithoutMoreAttemptsThanTheWindow(count: Int) throws {
    let average = try empathy(Fixture.scored(Array(repeating: 72, count: count)))
    #expect(average.average == 72)
    #expect(average.attempts == count)
    #expect(average.previous == nil)
    #expect(average.trend == nil)
  }

  @Test func aPartialPreviousWindowStillCompares() throws {
    let average = try empathy(Fixture.scored([50, 90, 90]), window: 2)
    #expect(average.previous == 50)
    #expect(average.trend == "up")
  }

  @Test func newestMeansLatestStartedWhateverTheOrderGiven() throws {
    let history = Fixture.scored([50, 50, 50, 90, 90, 90])
    for order in [
      history, history.reversed(), [history[4], history[1], history[3], history[0], history[5], history[2]],
    ] {
      let average = try empathy(order, window: 3)
      #expect(average.average == 90)
      #expect(average.previous == 50)
    }
  }

  @Test func notApplicableScoresAreSkippedNotCountedAsZero() throws {
    let average = try empathy(Fixture.scored([80, nil, 70, nil]))
    #expect(average.average == 75)
    #expect(average.attempts == 2)
  }

  @Test(
    "Unfinished attempts are ignored",
    arguments: [AttemptStatus.inProgress, .interrupted, .abandoned])
  func unfinishedAttemptsAreIgnored(status: AttemptStatus) throws {
    let unfinished = (10..<15).map { Fixture.attempt($0, status: status, categories: ["empathy": 0]) }
    let average = try empathy(Fixture.scored([80, 80]) + unfinished)
    #expect(average.average == 80)
    #expect(average.attempts == 2)
  }

  @Test func failedAttemptsCount() throws {
    let history = [
      Fixture.attempt(0, passed: false, categories: ["empathy": 40]),
      Fixture.attempt(1, categories: ["empathy": 80]),
    ]
    #expect(try empathy(history).average == 60)
  }

  @Test func averagesAreRoundedToOneDecimal() throws {
    let average = try empathy(Fixture.scored([71, 70, 70, 70, 70, 71]), window: 3)
    #expect(average.average == 70.3)
    #expect(average.previous == 70.3)
  }

  @Test func oneAveragePerCategoryAskedForInTheOrderAsked() {
    let history = (0..<3).map {
      Fixture.attempt($0, categories: ["empathy": 60, "accuracy": 90, "routing": nil, "tone": 50])
    }
    let averages = CategoryAverage.compute(
      history, categories: ["accuracy", "routing", "missing", "empathy"])
    #expect(averages.map(\.category) == ["accuracy", "empathy"])
    #expect(averages.map(\.average) == [90, 60])
  }

  @Test func nothingWithoutAttempts() {
    #expect(CategoryAverage.compute([], categories: ["empathy", "accuracy"]).isEmpty)
  }

  @Test(
    "Trend: up or down beyond 2 points, steady within them",
    arguments: [
      (72.1, 70.0, "up"), (72.0, 70.0, "steady"), (71.0, 70.0, "steady"), (70.0, 70.0, "steady"),
      (68.0, 70.0, "steady"), (67.9, 70.0, "down"), (100.0, 0.0, "up"), (0.0, 100.0, "down"),
    ])
  func trend(average: Double, previous: Double, expected: String) {
    let value = CategoryAverage(category: "empathy", average: average, previous: previous, attempts: 10)
    #expect(value.trend == expected)
  }

  @Test func noTrendWithoutAPreviousWindow() {
    #expect(CategoryAverage(category: "empathy", average: 90, previous: nil, attempts: 3).trend == nil)
  }

  @Test(
    "Trend from the history",
    arguments: [
      ([70, 70, 72, 72], "steady"), ([70, 70, 72.1, 72.1], "up"), ([70, 70, 68, 68], "steady"),
      ([70, 70, 67.9, 67.9], "down"),
    ])
  func trendFromHistory(scores: [Double], expected: String) throws {
    #expect(try empathy(Fixture.scored(scores), window: 2).trend == expected)
  }

  @Test(
    "The latest average agrees with the ladder's average requirement over the same window",
    arguments: [3, 5, 10])
  func agreesWithTheLadder(window: Int) throws {
    let scores: [Double?] = [55.5, 80, nil, 91.2, 62, 77.7, nil, 84, 69.9, 73.3, 88, nil, 70.6, 72.1, 82.3]
    let history = Fixture.scored(scores)
    let average = try empathy(history, window: window)
    let requirement = Fixture.progress(Fixture.average(atLeast: 75, last: window), history)
    #expect(average.average == requirement.current)
  }

  @Test func anAttemptEndedEarlyIsLeftOutAsTheLadderLeavesItOut() throws {
    let history = [
      Fixture.attempt(0, categories: ["empathy": 60]),
      Fixture.attempt(1, categories: ["empathy": 100], outcome: .endedEarly),
    ]
    let average = try #require(CategoryAverage.compute(history, categories: ["empathy"]).first)
    #expect(average.average == 60 && average.attempts == 1)
  }
}
