import Foundation
import FrontlineModel
import FrontlineTestSupport
import FrontlineText
import Testing

@testable import FrontlineHistory
@testable import FrontlineReports

/// `report --trainee`: what a team leader needs to coach one trainee.
@Suite struct TraineeReportTests {
  static let start = Date(timeIntervalSince1970: 1_790_000_000)

  static func attempt(
    _ id: Int64, day: Int, empathy: Double, outcome: Outcome = .resolved, hints: Int = 0
  ) -> AttemptRecord {
    let started = start + Double(day) * 86_400
    var record = AttemptRecord(
      id: id, trainee: "Dana", scenario: id % 2 == 0 ? "late-parcel" : "kettle-ja", scenarioTitle: "S",
      kind: .complaint, difficulty: 2, language: "en", contentHash: "h", mode: .practice, startedAt: started,
      finishedAt: started + 300, status: .finished, outcome: outcome, score: empathy, passed: empathy >= 70,
      categories: ["empathy": empathy], turnCount: 1, originalScore: empathy, originalPassed: empathy >= 70,
      originalCategories: ["empathy": empathy], overridden: false)
    record.hintsUsed = hints
    return record
  }

  static func turn(_ attempt: AttemptRecord, reply: String, lookups: [String] = []) -> TurnRecord {
    TurnRecord(
      attempt: attempt.id, index: 0, step: "opening", customerMessages: ["Where is my parcel?"], reply: reply,
      route: nil, score: SyntheticHistory.scorecard.score(reply), elapsed: 5, hintsUsed: 0, lookups: lookups,
      recordedAt: attempt.startedAt + 60)
  }

  static func report() -> TraineeReport {
    let attempts = [
      attempt(1, day: 0, empathy: 40, hints: 2), attempt(2, day: 3, empathy: 50, outcome: .endedEarly),
      attempt(3, day: 10, empathy: 80), attempt(4, day: 12, empathy: 90),
    ]
    let replies = [
      "Please wait.", "Sorry about that.", "I'm so sorry, Dana. I've issued a full refund.", "Please wait.",
    ]
    var turns: [Int64: [TurnRecord]] = [:]
    for (attempt, reply) in zip(attempts, replies) {
      turns[attempt.id] = [
        turn(attempt, reply: reply, lookups: attempt.id == 3 ? ["", "refunds", "refunds"] : [])
      ]
    }
    return TraineeReport.make(
      trainee: "Dana", attempts: attempts.reversed(), turns: turns, missed: [],
      categories: ["empathy", "accuracy"])
  }

  @Test func theTrendOfEachCategoryIsDated() throws {
    let trend = try #require(Self.report().trends.first)
    #expect(trend.category == "empathy")
    #expect(trend.recent?.average == 85)
    #expect(trend.earlier?.average == 45)
    #expect(trend.change == 40)
    #expect(trend.recent?.from == Self.start + 10 * 86_400)
    #expect(trend.earlier?.to == Self.start + 3 * 86_400)
    let text = Self.report().textLines(localizer: .english).joined(separator: "\n")
    #expect(
      text.contains(
        "Categories, the latest 2 attempts (2026-10-01 to 2026-10-03) against the 2 attempts before (2026-09-21 to 2026-09-24):"
      ))
    #expect(text.contains("\n  empathy  85 (+40)\n"))
  }

  @Test func theWeakestRepliesAreQuotedWithWhatTheyMissedAndTheTip() {
    let report = Self.report()
    // Lowest first, the newer first among equals; a reply that passed with nothing missed is no lesson.
    #expect(report.weakestReplies.map(\.attempt) == [4, 1, 2])
    let worst = report.weakestReplies[0]
    #expect(worst.reply == "Please wait.")
    #expect(worst.customer == "Where is my parcel?")
    #expect(worst.missed.map(\.description) == ["Apologises", "Offers a refund"])
    #expect(worst.missed.first?.tip == "Say sorry.")
    let text = report.textLines(localizer: .english).joined(separator: "\n")
    #expect(text.contains("  #4 2026-10-03 late-parcel · opening: FAIL 33.3\n"))
    #expect(text.contains("      Reply: “Please wait.”"))
    #expect(text.contains("      Missed: Apologises\n        Tip: Say sorry."))
  }

  @Test func endedEarlyHintsAndLookupsAreListed() {
    let report = Self.report()
    #expect(report.endedEarly.map(\.attempt) == [2])
    #expect(report.assistance.map(\.attempt) == [3, 1])
    #expect(report.assistance.first?.lookups == ["refunds"])
    #expect(report.assistance.last?.hints == 2)
    let text = report.textLines(localizer: .english).joined(separator: "\n")
    #expect(text.contains("Ended early: 1\n  #2 "))
    #expect(text.contains("kettle-ja: looked up refunds"))
    #expect(text.contains("kettle-ja: 2 hints"))
  }

  @Test func aLongReplyIsCutInText() {
    let long = String(repeating: "word ", count: 100)
    #expect(TraineeReport.quote(long).count == TraineeReport.quoted + 3)
    #expect(TraineeReport.quote("short") == "“short”")
  }
}

/// The coaching view on the page: a section per trainee that the team table links to, and a page of
/// its own; every text escaped, Japanese marked as such.
@Suite struct HTMLCoachingTests {
  @Test func theTeamTableLinksToEachTraineesSection() {
    let html = CoachingFixture.teamPage
    for row in HTMLFixture.report.rows {
      let anchor = HTMLCoaching.anchor(row.trainee)
      #expect(html.contains("href=\"#\(anchor)\""), "\(row.trainee)")
      #expect(html.contains("<section class=\"card coaching\" id=\"\(anchor)\""), "\(row.trainee)")
    }
    #expect(html.contains("<a href=\"#coaching\">Coaching</a>"))
    #expect(!html.contains("<script>alert(1)</script>"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; sorry"))
    // Without coaching views the names are plain text, and nothing links to a missing section.
    #expect(!HTMLFixture.html().contains("href=\"#trainee-"))
  }

  @Test func anchorsAreDistinctAndSafe() {
    let names = ["Dana", "dana", "田中 愛子", "田中 愛", HTMLFixture.script, HTMLFixture.quoted, "Dana!"]
    let anchors = names.map(HTMLCoaching.anchor)
    #expect(Set(anchors).count == names.count)
    #expect(anchors.allSatisfy { $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } })
    #expect(HTMLCoaching.anchor("Dana Reyes").hasPrefix("trainee-dana-reyes-"))
  }

  @Test func aTraineesPageQuotesRepliesWithWhatTheyMissed() {
    let html = CoachingFixture.traineePage
    #expect(html.contains("<h1>Coaching view</h1>"))
    #expect(
      html.contains(
        "<blockquote class=\"said reply\" lang=\"ja\"><span class=\"who\">Reply</span> お待ちください。</blockquote>")
    )
    #expect(html.contains("Tip: Say sorry."))
    #expect(html.contains("<h3>Ended early</h3><ul class=\"plain\"><li><span class=\"attempt\">#1</span>"))
    #expect(html.contains("looked up <code>refund-policy</code>"))
    #expect(html.contains("<span lang=\"ja\">お客様のお名前（佐藤様）を使っている</span>"))
  }
}
