import Foundation
import FrontlineModel
import FrontlineProgress
import FrontlineText
import Testing

// `AttemptRecord` has no public initialiser; the memberwise one is internal.
@testable import FrontlineHistory

/// Builds attempts, levels and ladders for the progress tests in a line each.
enum Fixture {
  /// The moment attempt 0 starts; attempt `n` starts `n` minutes later.
  static let epoch = Date(timeIntervalSince1970: 1_700_000_000)

  static let trainee = "dana"

  /// Attempt number `n`: a higher `n` started later, of its own scenario unless one is named.
  /// Finished and passed unless told otherwise; an unfinished attempt keeps `passed` and `categories`
  /// as given, so a test can show they are ignored.
  static func attempt(
    _ n: Int, passed: Bool? = true, kind: ScenarioKind = .complaint, difficulty: Int = 1,
    mode: AttemptMode = .practice, status: AttemptStatus = .finished, categories: [String: Double?] = [:],
    scenario: String? = nil, outcome: Outcome = .resolved
  ) -> AttemptRecord {
    let startedAt = epoch.addingTimeInterval(Double(n) * 60)
    let finished = status == .finished
    return AttemptRecord(
      id: Int64(n), trainee: trainee, scenario: scenario ?? "\(kind.rawValue)-\(difficulty)-\(n)",
      scenarioTitle: "A \(kind.rawValue) scenario", kind: kind, difficulty: difficulty, language: "en",
      contentHash: "hash", mode: mode, startedAt: startedAt,
      finishedAt: finished ? startedAt.addingTimeInterval(300) : nil, status: status,
      outcome: finished ? outcome : nil, score: finished ? 80 : nil, passed: passed,
      categories: categories, turnCount: 4, originalScore: finished ? 80 : nil, originalPassed: passed,
      originalCategories: categories, overridden: false, overriddenBy: nil, verdictOverridden: false,
      hintsUsed: 0)
  }

  /// A one-step scenario of a kind and difficulty.
  static func scenario(id: String, kind: ScenarioKind, difficulty: Int) -> Scenario {
    Scenario(
      id: id, title: id, kind: kind, difficulty: difficulty, channel: .chat, language: "en",
      customer: Customer(
        name: "Dana Reyes", givenName: "Dana", familyName: "Reyes", persona: nil, mood: .angry),
      briefing: "A made-up customer.",
      steps: [Step(id: "opening", messages: ["Hello?"], exemplar: "Hello!", next: [])],
      endings: [Ending(id: "resolved", outcome: .resolved, messages: ["Thanks."])])
  }

  /// `count` finished, passed attempts numbered from `from`.
  static func passes(
    _ count: Int, from: Int = 0, kind: ScenarioKind = .complaint, difficulty: Int = 1,
    mode: AttemptMode = .practice
  ) -> [AttemptRecord] {
    (0..<count).map { attempt(from + $0, kind: kind, difficulty: difficulty, mode: mode) }
  }

  /// Finished attempts scoring `scores` in `category`, oldest first; `nil` is N/A.
  static func scored(_ scores: [Double?], in category: String = "empathy", from: Int = 0) -> [AttemptRecord] {
    scores.enumerated().map { offset, score in
      attempt(from + offset, categories: [category: score])
    }
  }

  static func level(
    _ id: String, title: String? = nil, approval: Bool = false, _ requirements: Requirement...
  ) -> Level {
    Level(
      id: id, titles: ["en": title ?? id.capitalized], needsApproval: approval, requirements: requirements)
  }

  static func passed(
    _ count: Int, kind: ScenarioKind? = nil, minDifficulty: Int = 1, mode: AttemptMode? = nil,
    distinct: Bool = true
  ) -> Requirement {
    .passed(count: count, kind: kind, minDifficulty: minDifficulty, mode: mode, distinct: distinct)
  }

  static func average(_ category: String = "empathy", atLeast: Double, last: Int) -> Requirement {
    .average(category: category, atLeast: atLeast, last: last)
  }

  static func promotion(_ level: String, reviewer: String? = "lee", forced: Bool = false) -> PromotionRecord {
    PromotionRecord(trainee: trainee, level: level, reviewer: reviewer, forced: forced, recordedAt: epoch)
  }

  /// Trainee → Agent (pass 2) → Senior (pass 4, a team leader approves) → Lead (pass 6).
  static let ladder = Ladder(levels: [
    level("trainee"),
    level("agent", passed(2)),
    level("senior", approval: true, passed(4)),
    level("lead", passed(6)),
  ])

  static func standing(
    _ attempts: [AttemptRecord], promotions: [PromotionRecord] = [], ladder: Ladder = Fixture.ladder,
    localizer: Localizer = .english
  ) -> LadderStanding {
    LadderEvaluator.standing(
      trainee: trainee, ladder: ladder, attempts: attempts, promotions: promotions, localizer: localizer)
  }

  /// One requirement as the trainee's standing reports it, over `attempts` as stored (any order, any
  /// status). The ladder is a starting level and one that has just `requirement` and needs approval, so
  /// the standing reports its requirement whether met or not, and is pending exactly when it is met.
  static func progress(_ requirement: Requirement, _ attempts: [AttemptRecord]) -> RequirementProgress {
    let ladder = Ladder(levels: [level("start"), level("target", approval: true, requirement)])
    let standing = standing(attempts, ladder: ladder)
    #expect(standing.level == "start")
    #expect(standing.requirements.count == 1)
    #expect(standing.pendingApproval == standing.requirements.allSatisfy { $0.met })
    return standing.requirements[0]
  }
}
