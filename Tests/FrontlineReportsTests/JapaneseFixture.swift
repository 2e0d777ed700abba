import Foundation

@testable import FrontlineReports

/// A team report in Japanese: names, level titles, criteria, long tips without a space in them,
/// override reasons and disputes, for the page's layout and markup on CJK text.
enum JapaneseFixture {
  static let tip =
    "お客様のお名前を確認してから配送の遅れについて心からお詫びし返金か無料の速達での再送かを選んでいただけるように両方の選択肢を丁寧にご説明しましょう"

  static var report: TeamReport {
    let base = HTMLFixture.report
    let names = ["田中 愛子", "佐々木 健太郎", "山本ひかり", "渡辺 さくら子"]
    var rows = Array(base.rows.prefix(names.count))
    for index in rows.indices {
      rows[index].trainee = names[index]
      rows[index].levelTitle = ["オペレーター", "新人研修生", "シニアオペレーター", "チームリーダー候補"][index]
    }
    rows[1].pendingLevel = "シニアオペレーター"
    var report = base
    report.rows = rows
    report.mostMissed = [
      MissedCriterion(
        criterion: "empathy.acknowledge-delay",
        description: "お待たせしたこととお約束を守れなかったことへのお詫びを具体的に述べる", tip: tip, misses: 12),
      MissedCriterion(
        criterion: "accuracy.refund-period", description: "返金にかかる日数（三〜五営業日）を正しく伝える",
        tip: "返金は三〜五営業日です。", misses: 7),
    ]
    report.overrides = [
      ScoreOverride(
        attempt: 12, trainee: names[1], scenario: "defective-kettle-ja", scenarioTitle: "故障した電気ケトルの返品",
        originalScore: 64, originalPassed: false, score: 74, passed: true, categories: ["empathy": 80],
        reviewer: "鈴木 一郎", recordedAt: HTMLFixture.generatedAt - HTMLFixture.day, reason: tip)
    ]
    report.pendingPromotions = [PendingPromotion(trainee: names[1], level: "agent", nextLevel: "senior")]
    report.openDisputes = [
      OpenDispute(attempt: 15, trainee: names[2], reason: tip, recordedAt: HTMLFixture.generatedAt)
    ]
    return report
  }
}
