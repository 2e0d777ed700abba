import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineScoring

/// Scenarios and attempts made up for tests, benchmarks and the probe: realistic in shape, with no
/// authored files needed.
public enum SyntheticHistory {
  /// A small scenario of the given kind and difficulty.
  public static func scenario(id: String = "synthetic", kind: ScenarioKind = .complaint, difficulty: Int = 2)
    -> Scenario
  {
    Scenario(
      id: id, title: "Synthetic \(kind.rawValue)", kind: kind, difficulty: difficulty, channel: .chat,
      language: "en",
      customer: Customer(
        name: "Dana Reyes", givenName: "Dana", familyName: "Reyes", persona: nil, mood: .angry),
      briefing: "A made-up customer.",
      steps: [Step(id: "opening", messages: ["Where is my order?"], exemplar: "Sorry!", next: [])],
      endings: [Ending(id: "resolved", outcome: .resolved, messages: ["Thanks."])])
  }

  /// A scorecard that grades apologies, refunds and routing.
  public static let scorecard: CompiledScorecard = try! CompiledScorecard(
    Scorecard(
      categories: Category.defaults, passMark: 70,
      criteria: [
        Criterion(
          id: "apologises", category: "empathy", description: "Apologises", tip: "Say sorry.",
          check: .any(["sorry"])),
        Criterion(
          id: "refund", category: "accuracy", description: "Offers a refund", tip: "Offer it.",
          check: .any(["refund*"])),
        Criterion(
          id: "route", category: "routing", description: "Resolves it", tip: "No transfer.", check: .route),
      ],
      context: ScoringContext(scenarioID: "synthetic", stepID: "opening", customerNames: ["Dana"])))

  /// Replies of varying quality.
  public static let replies = [
    "I'm so sorry, Dana. I've issued a full refund.", "Sorry about that.", "A refund is on its way.",
    "Please wait.", "I'm sorry, the refund reaches you in 3-5 business days.",
  ]

  /// Writes a whole attempt of `turns` turns and finishes it; returns its id.
  @discardableResult
  public static func writeAttempt(
    to store: any ProgressStore, trainee: String, scenario: Scenario, turns: Int, seed: Int,
    startedAt: Date = Date(),
    mode: AttemptMode = .practice
  ) throws -> Int64 {
    let id = try store.startAttempt(
      NewAttempt(
        trainee: trainee, scenario: scenario, contentHash: "synthetic", mode: mode, startedAt: startedAt))
    var last: ReplyScore?
    for index in 0..<turns {
      let reply = replies[(seed + index) % replies.count]
      let score = scorecard.score(reply)
      try store.recordTurn(
        TurnRecord(
          attempt: id, index: index, step: "opening", customerMessages: ["Where is my order?"], reply: reply,
          route: nil, score: score, elapsed: Double(5 + index), hintsUsed: 0,
          recordedAt: startedAt.addingTimeInterval(Double(index * 30))))
      last = score
    }
    let final = last ?? scorecard.score("")
    try store.finishAttempt(
      id,
      with: AttemptResult(
        outcome: final.passed ? .resolved : .lost, score: final.score, passed: final.passed,
        categories: final.categories, finishedAt: startedAt.addingTimeInterval(Double(turns * 30))))
    return id
  }
}
