import Foundation
import FrontlineTestSupport
import FrontlineText
import Testing

@testable import FrontlineReports

/// The page in headless Chromium from a phone to a wide screen (in a frame of each width, see
/// `OverflowProbe`): nothing sticks out of the page or of its cards at any width, and the team and
/// Japanese pages are photographed at each (kept in `FRONTLINE_SCREENSHOTS` when it names a folder, to
/// look at). One Chromium at a time: each is several processes, and the rest of the suite shares the
/// machine.
@Suite(
  "HTML report layout", .enabled(if: Chromium.runs(Chromium.path), "needs chromium (.ci/setup --test)"),
  .serialized, .timeLimit(.minutes(8)))
struct HTMLLayoutTests {
  static let widths = [360, 390, 768, 1280]

  /// The pages looked at: the team with its hostile names, the empty team, a Japanese team, the team
  /// with a coaching section per trainee, one trainee's coaching page in Japanese content, and in the
  /// Japanese interface the Japanese team with its coaching sections and the trainee's page.
  enum Page: String, CaseIterable, CustomTestStringConvertible {
    case team, empty, japanese, coaching, trainee, japaneseTeam, japaneseTrainee

    var testDescription: String { rawValue }

    var html: String {
      switch self {
      case .team: HTMLFixture.html()
      case .empty: HTMLFixture.html(HTMLFixture.empty)
      case .japanese: HTMLFixture.html(JapaneseFixture.report)
      case .coaching: CoachingFixture.teamPage
      case .trainee: CoachingFixture.traineePage
      case .japaneseTeam: CoachingFixture.japaneseTeamPage
      case .japaneseTrainee: CoachingFixture.traineePage(.japanese)
      }
    }
  }

  @Test(arguments: Page.allCases, widths)
  func nothingOverflows(page: Page, width: Int) async throws {
    let folder = try Chromium.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("\(page.rawValue)-\(width).html")
    // Tall enough that the page needs no vertical scroll bar, which would take some of the width.
    try OverflowProbe.frame(page.html, width: width, height: 12_000, measure: true)
      .write(to: file, atomically: true, encoding: .utf8)
    let chromium = try await Chromium.run(
      file, width: OverflowProbe.window(for: width), height: 900, mode: "--dump-dom", folder: folder)
    #expect(chromium.status == 0, "\(chromium.stderr)")
    let finding = try OverflowProbe.finding(in: chromium.stdout)
    #expect(finding.viewport == Double(width), "the window is \(width) px wide")
    #expect(finding.page <= finding.viewport, "the page scrolls sideways: \(finding.page) px")
    #expect(finding.overflowing.isEmpty, "\(finding.overflowing.joined(separator: "\n"))")
  }

  @Test func theProbeFindsWhatSticksOutAndAllowsAScroller() async throws {
    let folder = try Chromium.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let wide = HTMLFixture.html().replacingOccurrences(
      of: "</main>",
      with: """
        <p class="too-wide" style="width: 500px">wide</p>\
        <div class="scroll"><p style="width: 900px">scrolls inside its card</p></div></main>
        """)
    let file = folder.appendingPathComponent("wide.html")
    try OverflowProbe.frame(wide, width: 360, height: 12_000, measure: true)
      .write(to: file, atomically: true, encoding: .utf8)
    let chromium = try await Chromium.run(file, width: 500, height: 900, mode: "--dump-dom", folder: folder)
    let finding = try OverflowProbe.finding(in: chromium.stdout)
    #expect(finding.page > 360)
    #expect(finding.overflowing.contains { $0.hasPrefix("p.too-wide \"wide\": right edge at") })
    #expect(finding.overflowing.contains { $0.hasPrefix("main.page ") && $0.contains("content") })
    #expect(!finding.overflowing.contains { $0.contains("scrolls inside its card") })
  }

  @Test(arguments: [Page.team, .japanese, .japaneseTeam], widths)
  func screenshot(page: Page, width: Int) async throws {
    let folder = try Chromium.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("report.html")
    let height = width < 800 ? 4000 : 2400
    try OverflowProbe.frame(page.html, width: width, height: height, measure: false)
      .write(to: file, atomically: true, encoding: .utf8)
    let kept = ProcessInfo.processInfo.environment["FRONTLINE_SCREENSHOTS"].map(URL.init(fileURLWithPath:))
    let png = (kept ?? folder).appendingPathComponent("report-\(page.rawValue)-\(width).png")
    if let kept {
      try page.html.write(
        to: kept.appendingPathComponent("report-\(page.rawValue).html"), atomically: true, encoding: .utf8)
    }
    let window = OverflowProbe.window(for: width)
    let chromium = try await Chromium.run(
      file, width: window, height: height, mode: "--screenshot=\(png.path)", folder: folder)
    #expect(chromium.status == 0, "\(chromium.stderr)")
    let data = try Data(contentsOf: png)
    #expect(data.count > 10_000, "a page's worth of pixels")
    let size = try #require(Chromium.size(ofPNG: data), "a PNG")
    #expect(size.width == window && size.height == height, "the page is the left \(width) px")
  }
}
