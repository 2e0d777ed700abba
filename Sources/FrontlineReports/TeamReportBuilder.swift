import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineProgress
import FrontlineText

/// Gathers the team report from the store: every trainee's attempts in the period, their trend (see
/// ``TrendPeriods``), their level, the period's overrides, and what waits for a team leader.
public struct TeamReportBuilder {
  let store: any ProgressStore
  let ladder: Ladder?
  let categories: [String]
  let passMark: Double?
  /// Each scenario's language, so that a criterion's text is marked as what it is written in.
  let languages: [String: String]
  /// The interface's words: the level titles in the rows, and the ladder's requirements.
  let localizer: Localizer

  /// A builder over `store`; `passMark` is the one the library's scenarios share (`Library.sharedPassMark`),
  /// where the charts draw their pass line; `languages` each scenario's language; `localizer` the
  /// interface's words, which the rows give level titles in (the ladder's English where it has none).
  public init(
    store: any ProgressStore, ladder: Ladder?, categories: [String], passMark: Double?,
    languages: [String: String] = [:], localizer: Localizer
  ) {
    self.store = store
    self.ladder = ladder
    self.categories = categories
    self.passMark = passMark
    self.languages = languages
    self.localizer = localizer
  }

  /// The report for `since..<until` (open ends allowed), optionally only trainees at `level`.
  public func build(since: Date?, until: Date?, level: String?, now: Date = Date()) throws -> TeamReport {
    let promotions = try store.allPromotions()
    let lastActive = try store.lastActivity()
    let index = Dictionary(uniqueKeysWithValues: categories.enumerated().map { ($0.element, $0.offset) })
    let periods = TrendPeriods.comparing(since: since, until: until, now: now)
    var rows: [TraineeRow] = []
    var pending: [PendingPromotion] = []
    var seen: Set<String> = []
    func add(_ trainee: String, _ history: [ReportAttempt]) {
      seen.insert(trainee)
      var row = TraineeRow(
        trainee: trainee, level: ladder?.levels.first?.id ?? "",
        levelTitle: ladder?.levels.first.map(localizer.title) ?? "",
        pendingLevel: nil, attempts: 0, passRate: nil, averages: [:], trend: nil,
        lastActive: lastActive[trainee],
        overridden: 0, scores: [])
      if let ladder {
        let standing = LadderEvaluator.standing(
          trainee: trainee, ladder: ladder, attempts: history.map { RowAttempt(attempt: $0, index: index) },
          promotions: promotions[trainee] ?? [], localizer: localizer)
        row.level = standing.level
        row.levelTitle = standing.levelTitle
        if standing.pendingApproval, let next = standing.nextLevel {
          row.pendingLevel = next
          pending.append(PendingPromotion(trainee: trainee, level: standing.level, nextLevel: next))
        }
      }
      if let level, row.level != level { return }
      let inPeriod = history.filter { Self.contains($0.startedAt, since: since, until: until) }
      row.attempts = inPeriod.count
      if !inPeriod.isEmpty {
        row.passRate = Double(inPeriod.filter { $0.passed == true }.count) / Double(inPeriod.count)
      }
      for (name, position) in index {
        let values = inPeriod.compactMap { $0.categoryScores[position] }
        row.averages[name] = .some(Mean.rounded(values))
      }
      row.overridden = inPeriod.filter(\.overridden).count
      row.scores = inPeriod.compactMap { attempt in
        attempt.score.map {
          ScorePoint(
            attempt: attempt.id, startedAt: attempt.startedAt, score: $0, passed: attempt.passed,
            exam: attempt.mode == .exam)
        }
      }.suffix(60)
      if let periods {
        func mean(since: Date, until: Date) -> Double? {
          Mean.rounded(
            history.filter { Self.contains($0.startedAt, since: since, until: until) }.compactMap(\.score))
        }
        if let recent = mean(since: periods.recentSince, until: periods.recentUntil),
          let before = mean(since: periods.previousSince, until: periods.previousUntil)
        {
          row.trend = recent - before
        }
      }
      rows.append(row)
    }
    try store.forEachTrainee(categories: categories) { trainee, history in add(trainee, history) }
    for trainee in try store.trainees() where !seen.contains(trainee) { add(trainee, []) }
    let missed = try store.missedCriteria(since: since, until: until, limit: 10).map {
      MissedCriterion($0, languages: languages)
    }
    let overrides = try store.reviews(since: since, until: until).compactMap(ScoreOverride.init)
    let disputes = try store.disputes(attempt: nil).filter(\.isOpen).map {
      OpenDispute(attempt: $0.attempt, trainee: $0.trainee, reason: $0.reason, recordedAt: $0.recordedAt)
    }
    return TeamReport(
      since: since, until: until, trendPeriods: periods, passMark: passMark, categories: categories,
      rows: rows, mostMissed: missed, overrides: overrides, pendingPromotions: pending,
      openDisputes: disputes, generatedAt: now)
  }

  static func contains(_ date: Date, since: Date?, until: Date?) -> Bool {
    (since.map { date >= $0 } ?? true) && (until.map { date < $0 } ?? true)
  }
}

/// A report row seen by the ladder.
struct RowAttempt: LadderAttempt {
  let attempt: ReportAttempt
  let index: [String: Int]

  var scenario: String { attempt.scenario }
  var kind: ScenarioKind { attempt.kind }
  var difficulty: Int { attempt.difficulty }
  var mode: AttemptMode { attempt.mode }
  var startedAt: Date { attempt.startedAt }
  var passed: Bool? { attempt.passed }
  var isFinished: Bool { attempt.outcome != .endedEarly }
  func score(in category: String) -> Double? { index[category].flatMap { attempt.categoryScores[$0] } }
}
