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
    ]).write(.csv, to: output)
    let rows = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map {
      $0.components(separatedBy: ",")
    }
    #expect(
      rows[0] == [
        "id", "trainee", "scenario", "kind", "difficulty", "mode", "status", "outcome", "score", "passed",
        "empathy", "accuracy", "routing", "tone", "started_at", "finished_at", "turns",
      ])
    #expect(rows[1][10...13] == ["90", "", "", "70"])
    #expect(rows[2][10...13] == ["60", "75.5", "", ""])
  }
}
