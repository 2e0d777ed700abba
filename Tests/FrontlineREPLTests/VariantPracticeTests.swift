import Foundation
import FrontlineHistory
import FrontlineLoading
import FrontlineModel
import FrontlineReports
import FrontlineSQLite
import FrontlineTerminal
import FrontlineText
import Testing

@testable import FrontlineREPL

/// Practice draws a version of the scenario, records it with the attempt, and the review shows it.
@Suite struct VariantPracticeTests {
  static let library: Library = {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().path
    return LibraryLoader.load(paths: LibraryLocator.contentPaths(of: repository)).library
  }()

  @Test func theVersionDrawnIsRecordedAndReviewed() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "frontline-variant-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try SQLiteStore(path: folder.appendingPathComponent("p.sqlite").path)
    var text = ""
    let output = Output(style: TextStyle(colors: false), out: { text += $0 }, err: { text += $0 })
    var offered: [[String]] = []
    let session = PracticeSession(
      library: Self.library, store: store, trainee: "Tess",
      reader: ScriptedLineReader(lines: [
        "start cordless-vacuum-battery-warranty-inquiry", "Hello Mr Mehta.", "/restart", "/abandon", "quit",
      ]), output: output, columns: 80, localizer: .english,
      pickVersion: { scenario in
        offered.append(scenario.versionIDs)
        return "rahul"
      })
    session.run()
    #expect(offered == [["main", "rahul"]], "a restart keeps the version drawn")
    #expect(text.contains("Rahul Mehta"))
    #expect(!text.contains("Gareth"))
    let attempts = try store.attempts(trainee: "Tess", limit: nil)
    #expect(attempts.map(\.variant) == ["rahul", "rahul"])
    let first = try #require(attempts.last)
    let report = TranscriptReport(
      attempt: first, turns: try store.turns(attempt: first.id), reviews: [], disputes: [])
    #expect(
      report.lines(style: TextStyle(colors: false), localizer: .english)[1].contains("· variant rahul ·"))
  }
}
