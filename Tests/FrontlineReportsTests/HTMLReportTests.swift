import Foundation
import FrontlineTestSupport
import FrontlineText
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

  /// Scores as chart points a day apart, the last the day before the report; every third one an exam,
  /// passed at 70.
  static func points(_ scores: [Double]) -> [ScorePoint] {
    scores.enumerated().map { index, score in
      ScorePoint(
        attempt: Int64(index + 1), startedAt: generatedAt - Double(scores.count - index) * day, score: score,
        passed: score >= 70, exam: index % 3 == 2)
    }
  }

  static func averages(_ values: Double?...) -> [String: Double?] {
    Dictionary(uniqueKeysWithValues: zip(categories, values))
  }

  static var rows: [TraineeRow] {
    [
      TraineeRow(
        trainee: japanese, level: "agent", levelTitle: "Agent", pendingLevel: "senior", attempts: 12,
        passRate: 0.83, averages: averages(88, 79.6, 71), trend: 4.2,
        lastActive: generatedAt - day, overridden: 0,
        scores: points([58, 64, 66, 71, 69, 74, 78, 80, 77, 83, 85, 88])),
      TraineeRow(
        trainee: script, level: "trainee", levelTitle: "Trainee <b>bold</b>", pendingLevel: nil, attempts: 7,
        passRate: 0.43, averages: averages(52, 61, 38), trend: -3.1,
        lastActive: generatedAt - 3 * day, overridden: 2, scores: points([72, 65, 60, 55, 70, 48, 62])),
      TraineeRow(
        trainee: quoted, level: "agent", levelTitle: "Agent", pendingLevel: nil, attempts: 9,
        passRate: 0.67, averages: averages(74, 68, nil), trend: 0.02,
        lastActive: generatedAt - 20 * day, overridden: 1,
        scores: points([70, 71, 66, 73, 75, 69, 72, 74, 77])),
      TraineeRow(
        trainee: "Marcus Webb", level: "senior", levelTitle: "Senior agent", pendingLevel: nil, attempts: 1,
        passRate: 1, averages: averages(91, 95, 89), trend: nil, lastActive: generatedAt - 6 * day,
        overridden: 0, scores: points([93])),
      TraineeRow(
        trainee: "Priya Raman", level: "trainee", levelTitle: "Trainee", pendingLevel: nil, attempts: 0,
        passRate: nil, averages: averages(nil, nil, nil), trend: nil, lastActive: nil, overridden: 0,
        scores: points([])),
      TraineeRow(
        trainee: image, level: "agent", levelTitle: "Agent", pendingLevel: "lead' onmouseover='x",
        attempts: 5,
        passRate: 0.6, averages: averages(66, 72, 59), trend: 1.5, lastActive: generatedAt,
        overridden: 0, scores: points([61, 70, 68, 73, 71])),
    ]
  }

  static var report: TeamReport {
    TeamReport(
      since: Date(timeIntervalSince1970: 1_746_057_600), until: Date(timeIntervalSince1970: 1_748_736_000),
      trendPeriods: TrendPeriods.comparing(
        since: Date(timeIntervalSince1970: 1_746_057_600), until: Date(timeIntervalSince1970: 1_748_736_000),
        now: generatedAt),
      passMark: 70, categories: categories, rows: rows,
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
      overrides: [
        ScoreOverride(
          attempt: 41, trainee: script, scenario: "late-delivery-refund", scenarioTitle: "Late <i>refund</i>",
          originalScore: 64, originalPassed: false, score: 72, passed: true, categories: ["empathy": 85],
          reviewer: "Lee", recordedAt: generatedAt - day, reason: "The apology was there. " + image),
        ScoreOverride(
          attempt: 44, trainee: quoted, scenario: "plan-upgrade", scenarioTitle: "Plan upgrade",
          originalScore: 71, originalPassed: true, score: 71, passed: false, categories: [:],
          reviewer: "Kim", recordedAt: generatedAt - 2 * day, reason: nil),
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
      since: nil, until: nil, trendPeriods: TrendPeriods.comparing(since: nil, until: nil, now: generatedAt),
      passMark: 70, categories: categories, rows: [], mostMissed: [], overrides: [], pendingPromotions: [],
      openDisputes: [], generatedAt: generatedAt)
  }

  static func html(_ report: TeamReport = report) -> String {
    HTMLReport.render(report, timeZone: utc, localizer: .english)
  }
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
    let format = HTMLFormatting(timeZone: HTMLFixture.utc, localizer: .english)
    let may = Date(timeIntervalSince1970: 1_746_057_600)
    #expect(format.period(since: nil, until: nil) == "all time")
    #expect(format.period(since: may, until: nil) == "since 2025-05-01")
    #expect(format.period(since: nil, until: may + 3_600 * 9.5) == "until 2025-05-01 09:30")
    // `until` is exclusive: a period until a midnight ends with the day before, as `--until` names it.
    #expect(format.period(since: nil, until: may) == "until 2025-04-30")
    #expect(format.period(since: may, until: may + 31 * HTMLFixture.day) == "2025-05-01 – 2025-05-31")
    let tokyo = HTMLFormatting(timeZone: TimeZone(identifier: "Asia/Tokyo")!, localizer: .english)
    #expect(tokyo.period(since: may, until: nil) == "since 2025-05-01 09:00")
    #expect(tokyo.zone(at: may) == "UTC+09:00")
    #expect(
      HTMLFormatting(timeZone: TimeZone(secondsFromGMT: -12_600)!, localizer: .english).zone(at: may)
        == "UTC-03:30")
  }

  @Test func datesAreInUTCByDefault() {
    let html = HTMLReport.render(HTMLFixture.report, localizer: .english)
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
      #expect(html.contains("<th scope=\"row\" class=\"trainee\"><span class=\"name\">\(name)</span>"))
    }
    #expect(
      html.contains(
        "<th scope=\"row\" class=\"trainee\"><span class=\"name\">&lt;script&gt;alert(1)&lt;/script&gt;</span>"
      ))
  }

  @Test func teamTableColumns() {
    let html = HTMLFixture.html()
    for category in HTMLFixture.categories {
      #expect(html.contains("<th scope=\"col\" class=\"num cat\">\(category)</th>"))
    }
    #expect(html.contains("83%"))
    #expect(html.contains("<td data-label=\"accuracy\" class=\"num\">79.6</td>"), "as the text report has it")
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
    #expect(html.contains("<td class=\"heat h9\" title=\"Marcus Webb · accuracy: 95\">95</td>"))
    #expect(
      html.contains("<td class=\"heat h3\" title=\"&lt;script&gt;alert(1)&lt;/script&gt; · routing: 38\">"))
    #expect(html.contains("The weakest skill across the team is <strong>routing</strong>"))
  }

  @Test func heatScaleIsOrderedDarkToLightWithReadableText() {
    #expect(HeatMap.steps.count == 10)
    #expect(HeatMap.step(0) == 0)
    #expect(HeatMap.step(9.4) == 0)
    #expect(HeatMap.step(69.6) == 7, "shown as 70, so in the 70s")
    #expect(HeatMap.step(100) == 9)
    #expect(HeatMap.step(-5) == 0)
    #expect(HeatMap.step(150) == 9)
    #expect(HeatMap.step(.infinity) == 9)
    #expect(HeatMap.label(0) == "0–9")
    #expect(HeatMap.label(9) == "90–100")
    // Lighter step by step, so the order reads without telling hues apart.
    let luminances = HeatMap.steps.map(HeatMap.luminance)
    #expect(zip(luminances, luminances.dropFirst()).allSatisfy { $0 < $1 }, "\(luminances)")
    for step in HeatMap.steps.indices {
      let ratio = HeatMap.contrast(HeatMap.steps[step], HeatMap.foreground(step))
      #expect(ratio >= 4.5, "step \(step): \(ratio)")
    }
    #expect(HeatMap.foreground(0) == "#ffffff")
    #expect(HeatMap.foreground(9) == "#000000")
    #expect(HeatMap.contrast("#000000", "#ffffff") == 21)
    #expect(HTMLReportStyle.css.contains(".h9 { background: #fde725; color: #000000; }"))
  }

  @Test func heatMapLegendShowsEveryStep() {
    let html = HTMLFixture.html()
    for step in HeatMap.steps.indices {
      #expect(html.contains("<li class=\"heat-step h\(step)\">\(HeatMap.label(step))</li>"))
    }
    #expect(html.contains("N/A: no attempts"))
  }

  @Test func oneSparklinePerTraineeWithScores() {
    let html = HTMLFixture.html()
    let withScores = HTMLFixture.rows.filter { !$0.scores.isEmpty }.count
    #expect(html.occurrences(of: "<svg") == withScores)
    #expect(html.occurrences(of: "</svg>") == withScores)
    #expect(html.contains("No scored attempts in this period."))
    let label = """
      Scores of \(HTMLFixture.japanese): 12 attempts from 2025-05-20 to 2025-05-31, lowest 58, highest 88, \
      latest 88 (exam, passed); 4 exams
      """
    #expect(html.contains("aria-label=\"\(label)\""))
    #expect(html.contains("<title>\(label)</title>"))
    #expect(html.contains("<time datetime=\"2025-05-20T09:30:00Z\">2025-05-20</time>"), "the first date")
    #expect(html.contains("Scores of Marcus Webb: 1 attempt on 2025-05-31, latest 93 (passed)"))
    #expect(html.contains("The dashed line is the pass mark, 70."))
  }

  @Test func sparklineShapes() throws {
    let sparkline = SVGSparkline(passMark: 70, width: 100, height: 50, padding: 5)
    #expect(sparkline.render([], label: "x") == nil)
    #expect(sparkline.render(HTMLFixture.points([.nan]), label: "x") == nil)
    let one = try #require(sparkline.render(HTMLFixture.points([80]), label: "x")).markup
    #expect(!one.contains("<polyline"))
    #expect(one.contains("<circle cx=\"50\" cy=\"13\" r=\"3.5\" fill=\"#0969da\""), "larger, filled: passed")
    let many = try #require(sparkline.render(HTMLFixture.points([0, 100, 70]), label: "x")).markup
    #expect(many.contains("points=\"5,45 50,5 95,17\""))
    #expect(many.contains("y1=\"17\" y2=\"17\""), "the pass line at 70")
    #expect(many.contains("<circle cx=\"5\" cy=\"45\" r=\"2.2\" fill=\"#ffffff\""), "hollow: not passed")
    #expect(many.contains("<rect class=\"spark-exam\" x=\"91\" y=\"13\" width=\"8\" height=\"8\""), "an exam")
    let clamped = try #require(sparkline.render(HTMLFixture.points([-20, 140]), label: "x")).markup
    #expect(clamped.contains("points=\"5,45 95,5\""))
    let noPassMark = try #require(SVGSparkline().render(HTMLFixture.points([60, 80]), label: "x")).markup
    #expect(!noPassMark.contains("spark-pass"))
  }

  @Test func sparklinesShareAScaleThatShowsEveryScore() throws {
    #expect(SVGSparkline.floor(for: [58, 93]) == 40)
    #expect(SVGSparkline.floor(for: [37, 93]) == 30)
    #expect(SVGSparkline.floor(for: [-5]) == 0)
    #expect(SVGSparkline.floor(for: []) == 40)
    let sparkline = SVGSparkline(floor: 50, passMark: 70, width: 100, height: 50, padding: 5)
    let chart = try #require(sparkline.render(HTMLFixture.points([50, 100, 75, 20]), label: "x")).markup
    #expect(chart.contains("points=\"5,45 35,5 65,25 95,45\""), "below the floor sits on it")
    #expect(chart.contains("y1=\"29\" y2=\"29\""), "the pass line at 70")
    let html = HTMLFixture.html()
    #expect(html.contains("on a shared scale from 40 to 100"), "the fixture's lowest score is 48")
    var differing = HTMLFixture.report
    differing.passMark = nil
    let without = HTMLFixture.html(differing)
    #expect(without.contains("Pass marks differ by scenario, so no pass line is drawn."))
    #expect(!without.contains("spark-pass"))
  }

  @Test func mostMissedCriteria() {
    let html = HTMLFixture.html()
    #expect(html.contains("<code>routing.warm-transfer</code>"))
    #expect(html.contains("Offers a warm transfer &lt;img"))
    #expect(html.contains("Read the policy card before quoting 14 days."))
    #expect(html.contains("<td data-label=\"Misses\" class=\"num misses\">14"))
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

  @Test func overridesAreListed() {
    let html = HTMLFixture.html()
    let section = html.components(separatedBy: "id=\"overrides\"")[1].components(separatedBy: "</section>")[0]
    let text = section.withoutTags
    #expect(text.contains("#41"))
    #expect(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the trainee, escaped")
    #expect(section.contains("<span title=\"late-delivery-refund\">Late &lt;i&gt;refund&lt;/i&gt;</span>"))
    #expect(text.contains("64 failed → 72 passedempathy 85"))
    #expect(text.contains("71 passed → 71 failed"), "a verdict alone overridden")
    #expect(text.contains("Lee") && text.contains("Kim"))
    #expect(section.contains("<time datetime=\"2025-05-31T09:30:00Z\">2025-05-31</time>"))
    #expect(text.contains("The apology was there. &lt;img src=x onerror=alert(1)&gt;"))
    #expect(section.occurrences(of: "<tr>") == 3, "a header and two overrides")
    #expect(html.contains("<a href=\"#overrides\">Review overrides</a>"))
    #expect(HTMLFixture.html(HTMLFixture.empty).contains("No review overrode a result in this period."))
  }

  @Test func theTrendSaysWhatItCompares() {
    let html = HTMLFixture.html()
    #expect(
      html.contains(
        "the period with the period of equal length before it (<span class=\"dates\">2025-03-31 – 2025-04-30</span>)"
      ))
    var allTime = HTMLFixture.report
    allTime.since = nil
    allTime.until = nil
    allTime.trendPeriods = TrendPeriods.comparing(since: nil, until: nil, now: HTMLFixture.generatedAt)
    #expect(
      HTMLFixture.html(allTime).contains(
        """
        The trend compares the average score of the last 30 days (<span class="dates">2025-05-02 09:30 – \
        2025-06-01 09:30</span>) with the 30 days before (<span class="dates">2025-04-02 09:30 – \
        2025-05-02 09:30</span>).
        """))
    allTime.trendPeriods = nil
    #expect(HTMLFixture.html(allTime).contains("There is no trend"))
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
}
