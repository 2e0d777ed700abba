import Foundation
import FrontlineTerminal
import FrontlineText
import Testing

@testable import FrontlineReports

/// The team report as text: its table keeps straight whatever script the names are in.
@Suite struct TeamReportTextTests {
  @Test func japaneseNamesKeepTheColumnsAligned() throws {
    let report = HTMLFixture.report
    let lines = report.textLines(localizer: .english)
    let header = try #require(lines.first { $0.hasPrefix("TRAINEE") })
    let levelColumn = try #require(header.range(of: "LEVEL")).lowerBound
    let expected = TerminalText.width(of: String(header[..<levelColumn]))
    for row in report.rows {
      let name = TerminalText.oneLine(row.trainee)
      let line = try #require(lines.first { $0.hasPrefix(name + " ") })
      let level = try #require(
        line.range(of: row.levelTitle, range: line.range(of: name)!.upperBound..<line.endIndex))
      #expect(
        TerminalText.width(of: String(line[..<level.lowerBound])) == expected, "\(name): \(line)")
    }
  }
}
