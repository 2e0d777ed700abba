import Foundation
import FrontlineModel

extension AttemptRecord {
  /// An attempt as any store keeps it: whether an unfinished one is still in progress is decided
  /// from the process that started it, and the latest review's overrides are applied.
  package init(
    id: Int64, trainee: String, scenario: String, scenarioTitle: String, kind: String, difficulty: Int,
    language: String, contentHash: String, mode: String, startedAt: Date, finishedAt: Date?, host: String,
    pid: Int, process: String? = nil, closed: String?, outcome: String?, score: Double?, passed: Bool?,
    categories: String,
    turnCount: Int, hintsUsed: Int, latestOverrides: String?, latestReviewer: String?, variant: String? = nil
  ) {
    let status: AttemptStatus
    switch closed {
    case "finished": status = .finished
    case "abandoned": status = .abandoned
    default:
      status = ProcessIdentity.isRunning(host: host, pid: pid, token: process) ? .inProgress : .interrupted
    }
    let original = JSONCoding.categories(categories)
    let override = latestOverrides.flatMap(ReviewJSON.decode)
    let grade = Grade(score: score, passed: passed, categories: original)
    let effective = override?.applied(to: grade) ?? grade
    self.init(
      id: id, trainee: trainee, scenario: scenario, scenarioTitle: scenarioTitle,
      kind: ScenarioKind(rawValue: kind) ?? .inquiry, difficulty: difficulty, language: language,
      contentHash: contentHash, mode: AttemptMode(rawValue: mode) ?? .practice, startedAt: startedAt,
      finishedAt: finishedAt, status: status, outcome: outcome.flatMap(Outcome.init(rawValue:)),
      score: effective.score, passed: effective.passed, categories: effective.categories,
      turnCount: turnCount,
      originalScore: score, originalPassed: passed, originalCategories: original,
      overridden: override != nil, overriddenBy: override == nil ? nil : latestReviewer,
      verdictOverridden: override?.passed != nil, hintsUsed: hintsUsed,
      variant: variant ?? ScenarioVariant.main)
  }
}
