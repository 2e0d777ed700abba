import Foundation
import FrontlineModel
import FrontlineTerminal
import Testing

@testable import FrontlineHistory
@testable import FrontlineReports

/// `history --format csv`: a column for every category the attempts were scored in.
@Suite struct HistoryTableTests {
  static func attempt(_ id: Int64, categories: [String: Double?]) -> AttemptRecord {
    let start = Date(timeIntervalSince1970: 1_790_000_000 + Double(id) * 600)
    return AttemptRecord(
      id: id, trainee: "Dana", scenario: "late-parcel", scenarioTitle: "Late parcel", kind: .complaint,
      difficulty: 1, language: "en", contentHash: "h", mode: .practice, startedAt: start,
      finishedAt: start + 300, status: .finished, outcome: .resolved, score: 80, passed: true,
      categories: categories, turnCount: 2, originalScore: 80, originalPassed: true,
      originalCategories: categories, overridden: false)
  }

  @Test func theCSVHasAColumnPerCategoryStandardOnesFirst() {
    var text = ""
    let output = Output(style: TextStyle(colors: false), out: { text += $0 }, err: { _ in })
    try? HistoryTable(attempts: [
      Self.attempt(2, categories: ["empathy": 90, "tone": 70, "routing": nil]),
      Self.attempt(1, categories: ["empathy": 60, "accuracy": 75.5]),
    ]).write(.csv, to: output, localizer: .english)
    let rows = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map {
      $0.components(separatedBy: ",")
    }
    #expect(
      rows[0] == [
        "id", "trainee", "scenario", "kind", "difficulty", "mode", "status", "outcome", "score", "passed",
        "original_score", "original_passed", "overridden",
        "empathy", "accuracy", "routing", "tone", "started_at", "finished_at", "turns",
      ])
    #expect(rows[1][13...16] == ["90", "", "", "70"])
    #expect(rows[2][13...16] == ["60", "75.5", "", ""])
  }

  /// An override shows as itself: the effective result, the original one, and that it was overridden,
  /// with yes and no written `true` and `false` as in every CSV.
  @Test func theCSVShowsAnOverrideAndTheOriginal() {
    var overridden = Self.attempt(3, categories: ["empathy": 73.3])
    overridden.score = 73.3
    overridden.passed = true
    overridden.originalScore = 55
    overridden.originalPassed = false
    overridden.overridden = true
    var text = ""
    let output = Output(style: TextStyle(colors: false), out: { text += $0 }, err: { _ in })
    try? HistoryTable(attempts: [overridden, Self.attempt(1, categories: [:])]).write(
      .csv, to: output, localizer: .english)
    let rows = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map {
      $0.components(separatedBy: ",")
    }
    #expect(rows[1][8...12] == ["73.3", "true", "55", "false", "true"])
    #expect(rows[2][8...12] == ["80", "true", "80", "true", "false"])
    #expect(!text.hasPrefix(CSV.byteOrderMark))
  }

  /// `--bom`: the byte-order mark first, for spreadsheets that need it to read UTF-8; nothing else changes.
  @Test func aByteOrderMarkOnlyWhenAskedFor() {
    var plain = ""
    var marked = ""
    let attempts = [Self.attempt(1, categories: ["empathy": 60])]
    try? HistoryTable(attempts: attempts).write(
      .csv, to: Output(style: TextStyle(colors: false), out: { plain += $0 }, err: { _ in }),
      localizer: .english)
    try? HistoryTable(attempts: attempts).write(
      .csv, bom: true, to: Output(style: TextStyle(colors: false), out: { marked += $0 }, err: { _ in }),
      localizer: .english)
    #expect(Array(marked.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(marked == CSV.byteOrderMark + plain)
  }
}

/// How long something has waited, as the review queue says it.
@Suite struct WaitedTests {
  @Test func theLargestWholeUnit() {
    let start = Date(timeIntervalSince1970: 1_790_000_000)
    #expect(Timestamp.waited(from: start, to: start + 59, localizer: .english) == "under a minute")
    #expect(Timestamp.waited(from: start, to: start + 60, localizer: .english) == "1 minute")
    #expect(Timestamp.waited(from: start, to: start + 3_599, localizer: .english) == "59 minutes")
    #expect(Timestamp.waited(from: start, to: start + 7_200, localizer: .english) == "2 hours")
    #expect(Timestamp.waited(from: start, to: start + 86_400 * 3.5, localizer: .english) == "3 days")
    #expect(Timestamp.waited(from: start, to: start + 86_400 * 20, localizer: .english) == "2 weeks")
    #expect(Timestamp.waited(from: start, to: start - 100, localizer: .english) == "under a minute")
  }
}
