import Foundation
import FrontlineModel
internal import GRDB

/// Reads attempts from SQLite rows, deciding whether an unfinished one is still in progress or was
/// interrupted.
enum AttemptRow {
  static let select = """
    SELECT a.*, t.name AS trainee_name, (SELECT COUNT(*) FROM turn WHERE attempt_id = a.id) AS turn_count,
      (SELECT overrides FROM review WHERE attempt_id = a.id AND overrides != '{}' ORDER BY id DESC LIMIT 1)
        AS latest_overrides
    FROM attempt a JOIN trainee t ON t.id = a.trainee_id
    """

  static func record(_ row: Row) throws -> AttemptRecord {
    AttemptRecord(
      id: row["id"], trainee: row["trainee_name"], scenario: row["scenario"],
      scenarioTitle: row["scenario_title"],
      kind: row["kind"], difficulty: row["difficulty"], language: row["language"],
      contentHash: row["content_hash"],
      mode: row["mode"], startedAt: row["started_at"], finishedAt: row["finished_at"], host: row["host"],
      pid: row["pid"], closed: row["closed"], outcome: row["outcome"], score: row["score"],
      passed: row["passed"],
      categories: row["categories"], turnCount: row["turn_count"], latestOverrides: row["latest_overrides"])
  }
}

extension AttemptRecord {
  /// An attempt as any store keeps it: whether an unfinished one is still in progress is decided
  /// from the process that started it, and the latest review's overrides are applied.
  package init(
    id: Int64, trainee: String, scenario: String, scenarioTitle: String, kind: String, difficulty: Int,
    language: String, contentHash: String, mode: String, startedAt: Date, finishedAt: Date?, host: String,
    pid: Int, closed: String?, outcome: String?, score: Double?, passed: Bool?, categories: String,
    turnCount: Int, latestOverrides: String?
  ) {
    let status: AttemptStatus
    switch closed {
    case "finished": status = .finished
    case "abandoned": status = .abandoned
    default: status = ProcessIdentity.isRunning(host: host, pid: pid) ? .inProgress : .interrupted
    }
    let original = JSONCoding.categories(categories)
    let effective = Effective(score: score, passed: passed, categories: original, overrides: latestOverrides)
    self.init(
      id: id, trainee: trainee, scenario: scenario, scenarioTitle: scenarioTitle,
      kind: ScenarioKind(rawValue: kind) ?? .inquiry, difficulty: difficulty, language: language,
      contentHash: contentHash, mode: AttemptMode(rawValue: mode) ?? .practice, startedAt: startedAt,
      finishedAt: finishedAt, status: status, outcome: outcome.flatMap(Outcome.init(rawValue:)),
      score: effective.score, passed: effective.passed, categories: effective.categories,
      turnCount: turnCount,
      originalScore: score, originalPassed: passed, originalCategories: original,
      overridden: effective.overridden)
  }
}

/// An attempt's results with the latest review's overrides applied: overridden categories replace
/// the originals, the overall score becomes the mean of the effective categories, and an overridden
/// verdict replaces the original one.
package struct Effective {
  package var score: Double?
  package var passed: Bool?
  package var categories: [String: Double?]
  package var overridden = false

  package init(score: Double?, passed: Bool?, categories: [String: Double?], overrides: String?) {
    self.score = score
    self.passed = passed
    self.categories = categories
    guard let overrides, let object = ReviewJSON.decode(overrides) else { return }
    overridden = true
    if !object.categories.isEmpty {
      for (name, value) in object.categories { self.categories[name] = value }
      let values = self.categories.values.compactMap { $0 }
      if !values.isEmpty { self.score = ((values.reduce(0, +) / Double(values.count)) * 10).rounded() / 10 }
    }
    if let verdict = object.passed { self.passed = verdict }
  }
}

/// The `overrides` column: `{"categories": {"empathy": 80}, "passed": true}`.
package enum ReviewJSON {
  package struct Overrides: Codable {
    package var categories: [String: Double]
    package var passed: Bool?
  }

  package static func encode(_ review: ReviewRecord) throws -> String {
    guard review.overrides else { return "{}" }
    return try JSONCoding.string(
      Overrides(categories: review.categoryOverrides, passed: review.passedOverride))
  }

  package static func decode(_ text: String) -> Overrides? {
    try? JSONDecoder().decode(Overrides.self, from: Data(text.utf8))
  }
}

/// Which process wrote an attempt, to tell a live attempt from one whose process is gone.
package enum ProcessIdentity {
  package static let host = ProcessInfo.processInfo.hostName
  package static let pid = Int(getpid())

  /// Whether the process that started an attempt still runs. On another host it cannot be known,
  /// so it counts as running.
  package static func isRunning(host: String, pid: Int) -> Bool {
    guard host == Self.host else { return true }
    if pid == Self.pid { return true }
    return kill(pid_t(pid), 0) == 0 || errno == EPERM
  }
}

/// JSON columns.
package enum JSONCoding {
  package static func string<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  /// Category scores stored as `{"empathy": 80, "routing": null}`; read without a decoder, since
  /// history pages read thousands of them.
  package static func categories(_ text: String) -> [String: Double?] {
    guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
      return [:]
    }
    return object.mapValues { ($0 as? NSNumber)?.doubleValue }
  }

  package static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
    try JSONDecoder().decode(type, from: Data(text.utf8))
  }
}
