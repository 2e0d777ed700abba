import Foundation
import FrontlineTestSupport
import Testing

@testable import FrontlineReports

/// A team of six with a Japanese name, hostile text everywhere a file or a trainee can put some, and
/// the edge cases: no score, one score, missing averages, overrides.
enum HTMLFixture {
  static let script = "<script>alert(1)</script>"
  static let image = "<img src=x onerror=alert(1)>"
  static let japanese = "田中 愛子"
  static let quoted = "Siobhán O'Brien & \"Bee\""
  static let utc = TimeZone(identifier: "UTC")!
  /// 2025-06-01 09:30 UTC.
  static let generatedAt = Date(timeIntervalSince1970: 1_748_770_200)
  static let day = 86_400.0

  static let categories = ["empathy", "accuracy", "routing"]

  static func averages(_ values: Double?...) -> [String: Double?] {
    Dictionary(uniqueKeysWithValues: zip(categories, values))
  }

  static var rows: [TraineeRow] {
    [
      TraineeRow(
        trainee: japanese, level: "agent", levelTitle: "Agent", pendingLevel: "senior", attempts: 12,
        passRate: 0.83, averages: averages(88, 79.6, 71), trend: 4.2,
        lastActive: generatedAt - day, overridden: 0,
        scores: [58, 64, 66, 71, 69, 74, 78, 80, 77, 83, 85, 88]),
      TraineeRow(
        trainee: script, level: "trainee", levelTitle: "Trainee <b>bold</b>", pendingLevel: nil, attempts: 7,
        passRate: 0.43, averages: averages(52, 61, 38), trend: -3.1,
        lastActive: generatedAt - 3 * day, overridden: 2, scores: [72, 65, 60, 55, 70, 48, 62]),
      TraineeRow(
        trainee: quoted, level: "agent", levelTitle: "Agent", pendingLevel: nil, attempts: 9,
        passRate: 0.67, averages: averages(74, 68, nil), trend: 0.02,
        lastActive: generatedAt - 20 * day, overridden: 1, scores: [70, 71, 66, 73, 75, 69, 72, 74, 77]),
      TraineeRow(
        trainee: "Marcus Webb", level: "senior", levelTitle: "Senior agent", pendingLevel: nil, attempts: 1,
        passRate: 1, averages: averages(91, 95, 89), trend: nil, lastActive: generatedAt - 6 * day,
        overridden: 0, scores: [93]),
      TraineeRow(
        trainee: "Priya Raman", level: "trainee", levelTitle: "Trainee", pendingLevel: nil, attempts: 0,
        passRate: nil, averages: averages(nil, nil, nil), trend: nil, lastActive: nil, overridden: 0,
        scores: []),
      TraineeRow(
        trainee: image, level: "agent", levelTitle: "Agent", pendingLevel: "lead' onmouseover='x",
        attempts: 5,
        passRate: 0.6, averages: averages(66, 72, 59), trend: 1.5, lastActive: generatedAt,
        overridden: 0, scores: [61, 70, 68, 73, 71]),
    ]
  }

  static var report: TeamReport {
    TeamReport(
      since: Date(timeIntervalSince1970: 1_746_057_600), until: Date(timeIntervalSince1970: 1_748_736_000),
      categories: categories, rows: rows,
      mostMissed: [
        MissedCriterion(
          criterion: "routing.warm-transfer", description: "Offers a warm transfer " + image,
          tip: "Say who you transfer to & why. " + script, misses: 14),
        MissedCriterion(
          criterion: "empathy.acknowledge", description: "Acknowledges the customer's frustration",
          tip: nil, misses: 9),
        MissedCriterion(
          criterion: "accuracy.policy", description: "Quotes the refund policy correctly",
          tip: "Read the policy card before quoting 14 days.", misses: 4),
      ],
      pendingPromotions: [
        PendingPromotion(trainee: japanese, level: "agent", nextLevel: "senior"),
        PendingPromotion(trainee: quoted, level: "trainee", nextLevel: "agent"),
      ],
      openDisputes: [
        OpenDispute(attempt: 41, trainee: script, reason: script, recordedAt: generatedAt - 2 * day),
        OpenDispute(
          attempt: 57, trainee: japanese, reason: "The customer hung up.\n" + image,
          recordedAt: generatedAt - day),
      ],
      generatedAt: generatedAt)
  }

  static var empty: TeamReport {
    TeamReport(
      since: nil, until: nil, categories: categories, rows: [], mostMissed: [], pendingPromotions: [],
      openDisputes: [], generatedAt: generatedAt)
  }

  static func html(_ report: TeamReport = report) -> String { HTMLReport.render(report, timeZone: utc) }
}

extension String {
  func occurrences(of needle: String) -> Int { components(separatedBy: needle).count - 1 }

  /// The text between the tags (character references left as they are).
  var withoutTags: String { replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression) }
}

@Suite("HTML report")
struct HTMLReportTests {
  @Test func escapesTheFiveCharacters() {
    #expect(HTMLEscaping.escape(#"a & b < c > d " e ' f"#) == "a &amp; b &lt; c &gt; d &quot; e &#39; f")
    #expect(HTMLEscaping.escape("田中\n\ttab") == "田中\n\ttab")
    #expect(HTMLEscaping.escape("nul\u{0}bell\u{7}") == "nul\u{FFFD}bell\u{FFFD}")
    #expect(HTMLEscaping.escape("&amp;") == "&amp;amp;")
  }

  @Test func interpolatedTextIsEscapedAndMarkupIsNot() {
    let name = "<b>x</b>"
    let inner: HTMLMarkup = "<i>\(name)</i>"
    let outer: HTMLMarkup = "<p>\(inner) \(3)</p>"
    #expect(outer.markup == "<p><i>&lt;b&gt;x&lt;/b&gt;</i> 3</p>")
  }

  @Test func hostileTextShowsAsText() {
    let html = HTMLFixture.html()
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("<b>bold"))
    #expect(!html.contains("' onmouseover='"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
    #expect(html.contains("Siobhán O&#39;Brien &amp; &quot;Bee&quot;"))
    #expect(html.contains("Say who you transfer to &amp; why."))
    #expect(html.contains("Trainee &lt;b&gt;bold&lt;/b&gt;"))
    #expect(html.contains("pending: lead&#39; onmouseover=&#39;x"))
    // The payloads once escaped in each place: names (table, heat map, trends), tip, reason.
    #expect(html.occurrences(of: "&lt;script&gt;alert(1)&lt;/script&gt;") >= 5)
  }

  @Test func selfContained() {
    let html = HTMLFixture.html()
    for needle in ["http://", "https://", "<script", "<link", "<iframe", "@import", "url(", "//fonts."] {
      #expect(!html.contains(needle), "found \(needle)")
    }
    #expect(html.occurrences(of: "<style>") == 1)
    #expect(html.contains("Content-Security-Policy"))
    // In-page anchors only.
    let hrefs = html.components(separatedBy: "href=\"").dropFirst().map { $0.prefix(1) }
    #expect(!hrefs.isEmpty)
    #expect(hrefs.allSatisfy { $0 == "#" })
    #expect(!html.contains("src=\""), "no image or script sources")
  }

  @Test func documentShell() {
    let html = HTMLFixture.html()
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(html.contains("<meta charset=\"utf-8\">"))
    #expect(html.contains("<meta name=\"viewport\""))
    #expect(html.contains("@media print"))
    #expect(html.contains("system-ui"))
    #expect(html.hasSuffix("</html>\n"))
    #expect(html.contains(HTMLFixture.japanese))
  }

  @Test func header() {
    let html = HTMLFixture.html()
    #expect(html.contains("Period <strong>2025-05-01 – 2025-05-31</strong>"))
    #expect(html.contains("2025-06-01 09:30 UTC"))
    #expect(html.contains("datetime=\"2025-06-01T09:30:00Z\""))
  }

  @Test func periods() {
    let format = HTMLFormatting(timeZone: HTMLFixture.utc)
    let may = Date(timeIntervalSince1970: 1_746_057_600)
    #expect(format.period(since: nil, until: nil) == "all time")
    #expect(format.period(since: may, until: nil) == "since 2025-05-01")
    #expect(format.period(since: nil, until: may + 3_600 * 9.5) == "until 2025-05-01 09:30")
    // `until` is exclusive: a period until a midnight ends with the day before, as `--until` names it.
    #expect(format.period(since: nil, until: may) == "until 2025-04-30")
    #expect(format.period(since: may, until: may + 31 * HTMLFixture.day) == "2025-05-01 – 2025-05-31")
    let tokyo = HTMLFormatting(timeZone: TimeZone(identifier: "Asia/Tokyo")!)
    #expect(tokyo.period(since: may, until: nil) == "since 2025-05-01 09:00")
    #expect(tokyo.zone(at: may) == "UTC+09:00")
    #expect(HTMLFormatting(timeZone: TimeZone(secondsFromGMT: -12_600)!).zone(at: may) == "UTC-03:30")
  }

  @Test func datesAreInUTCByDefault() {
    let html = HTMLReport.render(HTMLFixture.report)
    #expect(html.contains("2025-06-01 09:30 UTC"))
    #expect(html == HTMLFixture.html())
  }

  @Test func numbers() {
    #expect(HTMLFormatting.points(72.5) == "73")
    #expect(HTMLFormatting.points(72.49) == "72")
    #expect(HTMLFormatting.average(79.6) == "79.6")
    #expect(HTMLFormatting.average(79.96) == "80")
    #expect(HTMLFormatting.percent(0.833) == "83%")
    #expect(HTMLFormatting.change(-3.14) == "3.1")
  }

  @Test func everyTraineeHasARow() {
    let html = HTMLFixture.html()
    #expect(html.occurrences(of: "<th scope=\"row\" class=\"trainee\">") == 6)
    for name in [HTMLFixture.japanese, "Marcus Webb", "Priya Raman"] {
      #expect(html.contains("<th scope=\"row\" class=\"trainee\">\(name)"))
    }
    #expect(html.contains("<th scope=\"row\" class=\"trainee\">&lt;script&gt;alert(1)&lt;/script&gt;"))
  }

  @Test func teamTableColumns() {
    let html = HTMLFixture.html()
    for category in HTMLFixture.categories {
      #expect(html.contains("<th scope=\"col\" class=\"num cat\">\(category)</th>"))
    }
    #expect(html.contains("83%"))
    #expect(html.contains("<td class=\"num\">79.6</td>"), "as the text report has it")
    #expect(
      html.contains("title=\"\(HTMLFixture.japanese) · accuracy: 80\">80</td>"), "whole in the heat map")
    #expect(html.contains("<span class=\"trend up\" title=\"Up 4.2 points\">▲ 4.2</span>"))
    #expect(html.contains("<span class=\"trend down\" title=\"Down 3.1 points\">▼ 3.1</span>"))
    #expect(html.contains("→ 0.0"))
    #expect(html.contains("yesterday"))
    #expect(html.contains("<span class=\"ago stale\">2 weeks ago</span>"))
    #expect(html.contains("never"))
  }

  @Test func badges() {
    let html = HTMLFixture.html()
    #expect(html.contains(">pending: senior</span>"))
    #expect(html.occurrences(of: "class=\"badge pending\" title=") == 2)
    #expect(html.contains(">2 overridden</span>"))
    #expect(html.contains(">1 overridden</span>"))
    #expect(html.occurrences(of: "<tr class=\"has-override\">") == 2)
  }

  @Test func heatMapHasACellPerTraineeAndCategory() {
    let html = HTMLFixture.html()
    #expect(html.occurrences(of: "<td class=\"heat") == 6 * 3)
    #expect(html.occurrences(of: "<td class=\"heat na\"") == 4)
    #expect(html.contains("title=\"Marcus Webb · accuracy: 95\">95</td>"))
    #expect(html.contains("background: hsl("))
    #expect(html.contains("The weakest skill across the team is <strong>routing</strong>"))
  }

  @Test func heatScaleRunsRedAmberGreen() {
    #expect(HeatMap.hue(0) == 0)
    #expect(HeatMap.hue(70) == 40)
    #expect(HeatMap.hue(100) == 135)
    #expect(HeatMap.hue(-5) == 0)
    #expect(HeatMap.hue(150) == 135)
    let hues = stride(from: 0.0, through: 100, by: 5).map(HeatMap.hue)
    #expect(zip(hues, hues.dropFirst()).allSatisfy { $0 <= $1 })
  }

  @Test func oneSparklinePerTraineeWithScores() {
    let html = HTMLFixture.html()
    let withScores = HTMLFixture.rows.filter { !$0.scores.isEmpty }.count
    #expect(html.occurrences(of: "<svg") == withScores)
    #expect(html.occurrences(of: "</svg>") == withScores)
    #expect(html.contains("No scored attempts in this period."))
    #expect(html.contains("aria-label=\"Scores of \(HTMLFixture.japanese): 58, 64,"))
  }

  @Test func sparklineShapes() throws {
    let sparkline = SVGSparkline(width: 100, height: 50, padding: 5)
    #expect(sparkline.render([], label: "x") == nil)
    #expect(sparkline.render([.nan], label: "x") == nil)
    let one = try #require(sparkline.render([80], label: "x")).markup
    #expect(!one.contains("<polyline"))
    #expect(one.contains("<circle cx=\"50\" cy=\"13\""))
    let many = try #require(sparkline.render([0, 100, 70], label: "x")).markup
    #expect(many.contains("points=\"5,45 50,5 95,17\""))
    #expect(many.contains("y1=\"17\" y2=\"17\""), "the pass line at 70")
    #expect(many.contains("fill=\"#1a7f37\""), "the latest score passed")
    let clamped = try #require(sparkline.render([-20, 140], label: "x")).markup
    #expect(clamped.contains("points=\"5,45 95,5\""))
  }

  @Test func sparklinesShareAScaleThatShowsEveryScore() throws {
    #expect(SVGSparkline.floor(for: [58, 93]) == 40)
    #expect(SVGSparkline.floor(for: [37, 93]) == 30)
    #expect(SVGSparkline.floor(for: [-5]) == 0)
    #expect(SVGSparkline.floor(for: []) == 40)
    let sparkline = SVGSparkline(floor: 50, width: 100, height: 50, padding: 5)
    let chart = try #require(sparkline.render([50, 100, 75, 20], label: "x")).markup
    #expect(chart.contains("points=\"5,45 35,5 65,25 95,45\""), "below the floor sits on it")
    #expect(chart.contains("y1=\"29\" y2=\"29\""), "the pass line at 70")
    let html = HTMLFixture.html()
    #expect(html.contains("on a shared scale from 40 to 100"), "the fixture's lowest score is 48")
  }

  @Test func mostMissedCriteria() {
    let html = HTMLFixture.html()
    #expect(html.contains("<code>routing.warm-transfer</code>"))
    #expect(html.contains("Offers a warm transfer &lt;img"))
    #expect(html.contains("Read the policy card before quoting 14 days."))
    #expect(html.contains("<td class=\"num misses\">14"))
    let missed = html.components(separatedBy: "id=\"missed\"")[1]
    let order = ["routing.warm-transfer", "empathy.acknowledge", "accuracy.policy"].compactMap {
      missed.range(of: $0)?.lowerBound
    }
    #expect(order.count == 3 && order == order.sorted())
  }

  @Test func promotionsAndDisputes() {
    let html = HTMLFixture.html()
    let text = html.withoutTags
    // Shell-quoted, then escaped.
    #expect(
      text.contains(
        "frontline promote &#39;Siobhán O&#39;\\&#39;&#39;Brien &amp; &quot;Bee&quot;&#39; --reviewer NAME"))
    #expect(text.contains("frontline promote &#39;\(HTMLFixture.japanese)&#39; --reviewer NAME"))
    #expect(
      html.contains("<span class=\"level-id\">agent</span> → <span class=\"badge pending\">senior</span>"))
    #expect(text.contains("Attempt #41"))
    #expect(text.contains("To settle: frontline review 41 then --accept or --reject"))
    #expect(text.contains("To settle: frontline review 57 then"))
    #expect(html.contains("The customer hung up.\n&lt;img src=x onerror=alert(1)&gt;"))
  }

  @Test func commandsBreakBetweenWordsOnly() {
    let command = HTMLReportPage.command("frontline", "promote", "'Ann Lee'", "--reviewer", "YOU").markup
    let expected = """
      <code class="command"><span class="word">frontline</span> <span class="word">promote</span> \
      <span>&#39;Ann Lee&#39;</span> <span class="word">--reviewer</span> <span class="word">YOU</span></code>
      """
    #expect(command == expected, "a name with spaces may break; the other words may not")
  }

  @Test func shellQuoting() {
    #expect(HTMLReportPage.shellQuoted("lee.w-2") == "lee.w-2")
    #expect(HTMLReportPage.shellQuoted("Ann Lee") == "'Ann Lee'")
    #expect(HTMLReportPage.shellQuoted("O'Brien") == "'O'\\''Brien'")
    #expect(HTMLReportPage.shellQuoted("") == "''")
  }

  @Test func emptyReportRenders() {
    let html = HTMLFixture.html(HTMLFixture.empty)
    #expect(html.hasSuffix("</html>\n"))
    #expect(html.contains("Period <strong>all time</strong>"))
    #expect(html.contains("No trainees in this period."))
    #expect(html.contains("No criteria missed in this period."))
    #expect(html.contains("No promotion is waiting."))
    #expect(html.contains("No dispute is open."))
    #expect(!html.contains("<svg"))
    #expect(!html.contains("<td class=\"heat"))
  }

  @Test func noCategoriesRenders() {
    var report = HTMLFixture.report
    report.categories = []
    let html = HTMLFixture.html(report)
    #expect(html.contains("Nothing to map in this period."))
    #expect(html.occurrences(of: "<th scope=\"row\" class=\"trainee\">") == 6)
  }

  @Test(
    "Headless Chromium renders the page",
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")),
    .timeLimit(.minutes(2)))
  func rendersInChromium() async throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("frontline-html-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let page = directory.appendingPathComponent("report.html")
    let screenshot = directory.appendingPathComponent("report.png")
    try HTMLFixture.html().write(to: page, atomically: true, encoding: .utf8)

    let chromium = try await ChildProcess.run(
      "/usr/bin/chromium",
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage",
        "--user-data-dir=\(directory.appendingPathComponent("profile").path)",
        "--screenshot=\(screenshot.path)", "--window-size=1400,1000", page.absoluteString,
      ], seconds: 90)
    #expect(chromium.status == 0, "\(chromium.stderr)")
    let png = try Data(contentsOf: screenshot)
    #expect(png.count > 10_000, "a page's worth of pixels")
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    // IHDR: the width and height, big-endian, at bytes 16-23.
    let header = [UInt8](png.prefix(24))
    func word(_ offset: Int) -> Int { header[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
    #expect(header.count == 24 && word(16) == 1400 && word(20) == 1000)
  }
}
