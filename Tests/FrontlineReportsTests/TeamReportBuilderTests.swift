import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineSQLite
import FrontlineTerminal
import FrontlineTestSupport
import FrontlineText
import Testing

@testable import FrontlineReports

/// The team report gathered from a store: the trend's default comparison, the chart points, and the
/// overrides of the period.
@Suite struct TeamReportBuilderTests {
  /// 2026-06-01 00:00 UTC.
  static let now = Date(timeIntervalSince1970: 1_780_272_000)
  static let day = 86_400.0

  /// Dana: 60 at 45 days ago, 70 (an exam) at 20 days ago and 80 at 5 days ago; Kim: 50 at 100 days ago.
  /// Lee overrides Dana's exam (recorded 19 days ago) and leaves a note on her last attempt.
  static func store() throws -> (store: SQLiteStore, folder: URL, exam: Int64) {
    let (path, folder) = try TestSQLite.temporaryDatabase()
    let store = try SQLiteStore(path: path)
    func attempt(_ trainee: String, _ daysAgo: Double, _ score: Double, _ mode: AttemptMode = .practice)
      -> SeededAttempt
    {
      SeededAttempt(
        trainee: trainee, scenario: "late-parcel", kind: .complaint, difficulty: 1, mode: mode,
        startedAt: now - daysAgo * day, outcome: .resolved, score: score, passed: score >= 70,
        categories: ["empathy": score])
    }
    try store.seed([
      attempt("Dana", 45, 60), attempt("Dana", 20, 70, .exam), attempt("Dana", 5, 80),
      attempt("Kim", 100, 50),
    ])
    let dana = try store.attempts(trainee: "Dana", limit: nil)
    let exam = try #require(dana.first { $0.mode == .exam }).id
    try store.seedLead("Lee")
    try store.recordReview(
      ReviewRecord(
        attempt: exam, reviewer: "Lee", categoryOverrides: ["empathy": 60], effectiveScore: 64,
        effectiveVerdict: false, reason: "no apology", recordedAt: now - 19 * day))
    try store.recordReview(
      ReviewRecord(attempt: dana[0].id, reviewer: "Lee", note: "good", recordedAt: now - 4 * day))
    return (store, folder, exam)
  }

  static func build(_ store: SQLiteStore, since: Date? = nil, until: Date? = nil) throws -> TeamReport {
    try TeamReportBuilder(
      store: store, ladder: nil, categories: ["empathy"], passMark: 70, localizer: .english
    )
    .build(since: since, until: until, level: nil, now: now)
  }

  @Test func withNoPeriodTheTrendComparesTheLast30DaysWithThe30Before() throws {
    let (store, folder, _) = try Self.store()
    defer { try? FileManager.default.removeItem(at: folder) }
    let report = try Self.build(store)
    let periods = try #require(report.trendPeriods)
    #expect(periods.recentSince == Self.now - 30 * Self.day && periods.recentUntil == Self.now)
    #expect(periods.previousSince == Self.now - 60 * Self.day && periods.previousUntil == periods.recentSince)
    let dana = try #require(report.rows.first { $0.trainee == "Dana" })
    // The exam's effective score is the review's 64: (64 + 80) / 2 against 60.
    #expect(dana.trend == 12)
    #expect(dana.attempts == 3, "every attempt is in the all-time period")
    #expect(try #require(report.rows.first { $0.trainee == "Kim" }).trend == nil, "nothing recent")
    #expect(
      report.textLines(localizer: .english).contains {
        $0.hasPrefix("Trend: the last 30 days (2026-05-02 to 2026-05-31)")
      })
  }

  @Test func withAPeriodTheTrendComparesTheEqualPeriodBefore() throws {
    let (store, folder, _) = try Self.store()
    defer { try? FileManager.default.removeItem(at: folder) }
    let report = try Self.build(store, since: Self.now - 10 * Self.day, until: Self.now)
    let periods = try #require(report.trendPeriods)
    #expect(periods.previousSince == Self.now - 20 * Self.day)
    #expect(try #require(report.rows.first { $0.trainee == "Dana" }).trend == 16, "80 against the exam's 64")
    #expect(try Self.build(store, since: nil, until: Self.now).trendPeriods == nil)
    #expect(try Self.build(store, since: nil, until: Self.now).rows.allSatisfy { $0.trend == nil })
  }

  @Test func chartPointsCarryTheirDateVerdictAndMode() throws {
    let (store, folder, exam) = try Self.store()
    defer { try? FileManager.default.removeItem(at: folder) }
    let dana = try #require(try Self.build(store).rows.first { $0.trainee == "Dana" })
    #expect(dana.scores.map(\.score) == [60, 64, 80])
    #expect(dana.scores.map(\.exam) == [false, true, false])
    #expect(dana.scores.map(\.passed) == [false, false, true])
    #expect(dana.scores[1].attempt == exam)
    #expect(dana.scores[1].startedAt == Self.now - 20 * Self.day)
  }

  @Test func theOverridesOfThePeriodAreListed() throws {
    let (store, folder, exam) = try Self.store()
    defer { try? FileManager.default.removeItem(at: folder) }
    let report = try Self.build(store)
    #expect(
      report.overrides == [
        ScoreOverride(
          attempt: exam, trainee: "Dana", scenario: "late-parcel", scenarioTitle: "late-parcel",
          originalScore: 70, originalPassed: true, score: 64, passed: false, categories: ["empathy": 60],
          reviewer: "Lee", recordedAt: Self.now - 19 * Self.day, reason: "no apology")
      ], "the note changes no result")
    #expect(try Self.build(store, since: Self.now - 10 * Self.day).overrides.isEmpty, "recorded before")
    #expect(
      report.textLines(localizer: .english).contains {
        $0.contains("attempt #\(exam), Dana, late-parcel: 70 pass → 64 fail by Lee")
      })
    let json = try JSONOutput.encode(report)
    #expect(json.contains("\"overrides\""))
    #expect(json.contains("\"reason\" : \"no apology\""))
  }

  @Test func aLibrarySharesAPassMarkOrNot() {
    let rubric = Rubric(id: "r", title: "R", passMark: 75, criteria: [])
    var scenario = SyntheticHistory.scenario()
    scenario.rubrics = ["r"]
    #expect(Library(scenarios: [scenario], rubrics: [rubric]).sharedPassMark == 75)
    var other = SyntheticHistory.scenario(id: "other")
    other.steps[0].passMark = 60
    #expect(Library(scenarios: [scenario, other], rubrics: [rubric]).sharedPassMark == nil)
    #expect(Library().sharedPassMark == Rubric.defaultPassMark)
  }
}
