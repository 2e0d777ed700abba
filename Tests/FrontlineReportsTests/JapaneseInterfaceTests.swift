import Foundation
import FrontlineTestSupport
import FrontlineText
import Testing

@testable import FrontlineReports

/// The reports in the Japanese interface: the team and the trainee as text and as pages, in Japanese
/// from the title to the footer, with no English left but what the fixtures hold (ids, names, commands
/// and the English criteria of the synthetic scorecard).
@Suite struct JapaneseInterfaceTests {
  /// Words of the fixtures' content and of commands to copy, which stay as they are.
  static let content: Set<String> = [
    // Commands and the product's name.
    "frontline", "promote", "review", "Frontline",
    // Level ids (the level cell's title) and a step id.
    "agent", "senior", "trainee", "opening",
    // The synthetic scorecard's criteria and tips (English content in a Japanese scenario's replies).
    "Apologises", "Offers", "refund", "Resolves", "it", "Say", "sorry", "Offer", "No", "transfer",
    // The time zone of the page's dates.
    "UTC",
  ]

  /// The text a reader sees on a page, and the titles and labels that describe its parts; not the style
  /// sheet.
  static func visibleText(_ html: String) -> String {
    let withoutStyle = html.replacingOccurrences(
      of: "<style>[\\s\\S]*?</style>", with: "", options: .regularExpression)
    let attributes = withoutStyle.matches(of: /(?:title|aria-label|data-label)="([^"]*)"/).map {
      String($0.output.1)
    }
    let text =
      ([withoutStyle.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)] + attributes)
      .joined(separator: "\n")
    return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
      .replacingOccurrences(of: "&amp;", with: "&")
  }

  @Test func theTeamReportAsText() throws {
    let lines = JapaneseFixture.report.textLines(localizer: .japanese)
    let text = lines.joined(separator: "\n")
    #expect(lines[0] == "チームレポート — 2025年5月1日〜2025年5月31日 — 研修生4名")
    let header = try #require(lines.first { $0.hasPrefix("研修生") })
    for column in ["レベル", "受講回数", "合格率", "共感", "正確さ", "取り次ぎ", "傾向", "最終受講日"] {
      #expect(header.contains(column), "\(column) in \(header)")
    }
    #expect(text.contains("新人研修生（承認待ち: シニアオペレーター）"))
    #expect(text.contains("2025年5月31日"))
    #expect(text.contains("傾向: 対象期間と、その直前の同じ長さの期間（2025年3月31日〜2025年4月30日）の比較。"))
    #expect(text.contains("よく見落とされた評価項目:\n  12回 お待たせしたこと"))
    #expect(text.contains("      アドバイス: 返金は三〜五営業日です。"))
    #expect(text.contains("レビューによる修正:\n  受講 #12、佐々木 健太郎、defective-kettle-ja: 64（不合格） → 74（合格）"))
    #expect(
      text.contains("承認待ちの昇格:\n  佐々木 健太郎: agent → senior（承認: frontline promote \"佐々木 健太郎\" --reviewer 氏名）"))
    #expect(text.contains("未解決の異議申し立て:\n  受講 #15、山本ひかり: "))
    #expect(text.contains("（対応: frontline review 15）"))
    #expect(EnglishLeft.words(in: text, allowing: Self.content) == [])
  }

  @Test func anEmptyTeamAsText() {
    let text = HTMLFixture.empty.textLines(localizer: .japanese).joined(separator: "\n")
    #expect(text.hasPrefix("チームレポート — 全期間 — 研修生0名"))
    #expect(text.contains("傾向: 直近30日間（2025年5月2日〜2025年6月1日）とその前の30日間（2025年4月2日〜2025年5月2日）の比較。"))
    #expect(text.contains("承認待ちの昇格: なし\n未解決の異議申し立て: なし"))
    #expect(EnglishLeft.words(in: text) == [])
  }

  @Test func theTraineeReportAsText() {
    let report = CoachingFixture.report(for: HTMLFixture.japanese, japanese: true)
    let text = report.textLines(localizer: .japanese).joined(separator: "\n")
    #expect(text.hasPrefix("田中 愛子 — 完了した受講2回、合格率 0%"))
    #expect(text.contains("カテゴリ別: 直近1回（2025年5月23日）とその前の1回（2025年5月22日）の比較:"))
    #expect(text.contains("\n  共感  50 (+10)"))
    #expect(text.contains("点数の低かった応答:\n  #"))
    #expect(text.contains("      お客様: “電源が入りません。どうすればよいですか。”"))
    #expect(text.contains("      応答: “お待ちください。”"))
    #expect(text.contains("      見落とし: "))
    #expect(text.contains("        アドバイス: "))
    #expect(text.contains("途中終了: 1回\n  #1 2025年5月22日 kettle-ja（応答1回で終了）"))
    #expect(text.contains("ヒントとナレッジベースの参照:\n"))
    #expect(text.contains("kettle-ja: ヒント1回、ナレッジベース参照: refund-policy"))
    #expect(text.contains("よく見落とした評価項目:\n  2回 お客様のお名前（佐藤様）を使っている（kettle-ja · uses-name）"))
    #expect(text.contains("      シナリオ: kettle-ja（2回）"))
    #expect(text.contains("最近の受講:\n  #2 2025年5月23日 kettle-ja: 不合格 50"))
    #expect(text.contains("（途中終了）"))
    #expect(text.contains("種類別:\n  苦情: 2回中0回合格"))
    #expect(text.contains("難易度別:\n  難易度2: 2回中0回合格"))
    #expect(EnglishLeft.words(in: text, allowing: Self.content) == [])
  }

  @Test func theScenarioReportAsText() {
    let report = ScenarioReport(
      scenario: "late-parcel", attempts: 5, trainees: 2, passRate: 0.6, mostMissed: [], steps: [])
    #expect(report.textLines(localizer: .japanese) == ["late-parcel — 研修生2名による完了した受講5回、合格率 60%"])
    #expect(
      report.textLines(localizer: .english) == [
        "late-parcel — 5 finished attempts by 2 trainees, pass rate 60%"
      ])
  }

  @Test func theTeamPage() {
    let html = CoachingFixture.japaneseTeamPage
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ja\">"))
    #expect(html.contains("<title>チームレポート・2025年5月1日〜2025年5月31日</title>"))
    #expect(html.contains("<h1>チームレポート</h1>"))
    #expect(html.contains("対象期間 <strong>2025年5月1日〜2025年5月31日</strong>"))
    #expect(html.contains("2025年6月1日 09:30 UTC"))
    for heading in [
      "チーム", "ヒートマップ", "点数の推移", "よく見落とされた評価項目", "レビューによる修正", "承認待ちの昇格",
      "未解決の異議申し立て",
    ] {
      #expect(html.contains("-title\">\(heading)</h2>"), "\(heading)")
    }
    #expect(html.contains("<th scope=\"col\" class=\"num cat\">共感</th>"))
    #expect(html.contains("<td data-label=\"正確さ\" class=\"num\">79.6</td>"))
    #expect(html.contains("チーム全体で最も弱いスキルは<strong>取り次ぎ</strong>です"))
    #expect(html.contains("<span class=\"ago\">昨日</span>"))
    #expect(html.contains("<h2 id=\"trainee-"))
    #expect(html.contains("個別コーチング・田中 愛子</h2>"))
    #expect(html.contains("<span class=\"key\">● 練習</span> <span class=\"key\">■ 試験</span>"))
    #expect(
      html.contains("aria-label=\"田中 愛子の点数: 2025年5月20日〜2025年5月31日に12回、最低 58点、最高 88点、最新 88点（試験、合格）、うち試験4回\""))
    #expect(html.contains("対応するには: <code class=\"command\">"))
    let text = Self.visibleText(html)
    #expect(EnglishLeft.words(in: text, allowing: Self.content) == [], "\(text)")
  }

  @Test func theTraineePage() {
    let html = CoachingFixture.traineePage(.japanese)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ja\">"))
    #expect(html.contains("<title>個別コーチング・田中 愛子</title>"))
    #expect(html.contains("<h1>個別コーチング</h1>"))
    #expect(html.contains("<h3>点数の低かった応答</h3>"))
    #expect(html.contains("<span class=\"who\" lang=\"ja\">応答</span>"))
    #expect(html.contains("<h3>途中終了</h3>"))
    #expect(html.contains("（応答1回で終了）"))
    #expect(html.contains("<h3>よく見落とした評価項目</h3>"))
    #expect(html.contains("<strong>2回</strong>"))
    #expect(html.contains("2025年6月1日 09:30 UTC"))
    #expect(EnglishLeft.words(in: Self.visibleText(html), allowing: Self.content) == [])
  }

  @Test func contentKeepsItsLanguageOnEitherPage() {
    #expect(HTMLLanguage.attribute("en", page: .english) == .empty)
    #expect(HTMLLanguage.attribute("ja", page: .english) == " lang=\"ja\"")
    #expect(HTMLLanguage.attribute("en-GB", page: .japanese) == " lang=\"en-GB\"")
    #expect(HTMLLanguage.attribute("ja", page: .japanese) == " lang=\"ja\"")
    #expect(HTMLLanguage.attribute(nil, page: .japanese) == .empty)
    #expect(HTMLLanguage.page(.japanese, after: "en") == " lang=\"ja\"")
    #expect(HTMLLanguage.page(.english, after: "ja") == .empty)
    // An English scenario's reply on a Japanese page says it is English; the label before it is not.
    var english = CoachingFixture.report(for: "Dana")
    english.mostMissed = []
    let html = HTMLReport.render(
      english, languages: CoachingFixture.languages, generatedAt: HTMLFixture.generatedAt,
      timeZone: HTMLFixture.utc, localizer: .japanese)
    #expect(
      html.contains("<blockquote class=\"said reply\" lang=\"en\"><span class=\"who\" lang=\"ja\">応答</span>"))
  }

  @Test func relativeDays() {
    let format = HTMLFormatting(timeZone: HTMLFixture.utc, localizer: .japanese)
    let now = HTMLFixture.generatedAt
    #expect(format.ago(now, now: now) == "今日")
    #expect(format.ago(now - 5 * HTMLFixture.day, now: now) == "5日前")
    #expect(format.ago(now - 20 * HTMLFixture.day, now: now) == "2週間前")
    #expect(format.ago(now - 90 * HTMLFixture.day, now: now) == "3か月前")
    #expect(format.period(since: nil, until: nil) == "全期間")
    #expect(format.period(since: now - HTMLFixture.day, until: nil) == "2025年5月31日 09:30以降")
  }
}
