import Foundation
import FrontlineModel
import FrontlineTestSupport
import FrontlineText

@testable import FrontlineHistory
@testable import FrontlineReports

/// Coaching views for the team fixture's trainees: hostile names, Japanese replies and tips, a long
/// reply, an attempt ended early, hints and lookups.
enum CoachingFixture {
  static let languages = ["late-parcel": "en", "kettle-ja": "ja"]

  static func report(for trainee: String, japanese: Bool = false) -> TraineeReport {
    var attempts: [AttemptRecord] = []
    var turns: [Int64: [TurnRecord]] = [:]
    let replies =
      japanese
      ? ["申し訳ございません。すぐに交換品をお送りします。", "お待ちください。"]
      : [
        "Please wait.", String(repeating: "I understand how frustrating a late parcel is. ", count: 12),
        "<script>alert(1)</script> sorry",
      ]
    for (index, reply) in replies.enumerated() {
      let id = Int64(index + 1)
      let started = HTMLFixture.generatedAt - Double(10 - index) * HTMLFixture.day
      var attempt = AttemptRecord(
        id: id, trainee: trainee, scenario: japanese ? "kettle-ja" : "late-parcel", scenarioTitle: "S",
        kind: .complaint, difficulty: 2, language: japanese ? "ja" : "en", contentHash: "h", mode: .practice,
        startedAt: started, finishedAt: started + 300, status: .finished,
        outcome: index == 0 ? .endedEarly : .resolved, score: 40 + Double(index) * 10, passed: false,
        categories: ["empathy": 40 + Double(index) * 10], turnCount: 1, originalScore: 40,
        originalPassed: false, originalCategories: [:], overridden: false)
      attempt.hintsUsed = index
      attempts.append(attempt)
      let customer = japanese ? "電源が入りません。どうすればよいですか。" : "Where is my parcel? It is a week late."
      turns[id] = [
        TurnRecord(
          attempt: id, index: 0, step: "opening", customerMessages: [customer], reply: reply, route: nil,
          score: SyntheticHistory.scorecard.score(reply), elapsed: 5, hintsUsed: 0,
          lookups: index == 1 ? ["refund-policy"] : [], recordedAt: started + 60)
      ]
    }
    let missed = [
      MissedCriterion(
        rubric: japanese ? "kettle-ja" : "late-parcel", criterion: "uses-name",
        description: japanese ? "お客様のお名前（佐藤様）を使っている" : "Uses the customer's name",
        tip: japanese ? "本文でも「佐藤様」とお名前で呼びかけましょう。" : "Use her name once: 'Hi Dana'.", misses: 2,
        scenarios: [ScenarioMisses(scenario: japanese ? "kettle-ja" : "late-parcel", misses: 2)],
        language: japanese ? "ja" : "en")
    ]
    return TraineeReport.make(
      trainee: trainee, attempts: attempts, turns: turns, missed: missed, categories: HTMLFixture.categories)
  }

  /// The team page with a coaching section per trainee of the table.
  static var teamPage: String {
    let coaching = HTMLFixture.report.rows.map {
      report(for: $0.trainee, japanese: $0.trainee == HTMLFixture.japanese)
    }
    return HTMLReport.render(
      HTMLFixture.report, coaching: coaching, languages: languages, timeZone: HTMLFixture.utc,
      localizer: .english)
  }

  /// One trainee's page, in Japanese content.
  static var traineePage: String { traineePage(.english) }

  /// One trainee's page, in Japanese content, in `localizer`'s interface.
  static func traineePage(_ localizer: Localizer) -> String {
    HTMLReport.render(
      report(for: HTMLFixture.japanese, japanese: true), languages: languages,
      generatedAt: HTMLFixture.generatedAt, timeZone: HTMLFixture.utc, localizer: localizer)
  }

  /// The Japanese team (``JapaneseFixture``) with a coaching section per trainee, in Japanese content,
  /// in the Japanese interface.
  static var japaneseTeamPage: String {
    let team = JapaneseFixture.report
    let coaching = team.rows.map { report(for: $0.trainee, japanese: true) }
    return HTMLReport.render(
      team, coaching: coaching, languages: languages, timeZone: HTMLFixture.utc, localizer: .japanese)
  }
}
