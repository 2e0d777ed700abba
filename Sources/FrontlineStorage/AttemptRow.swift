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
    let closed: String? = row["closed"]
    let status: AttemptStatus
    switch closed {
    case "finished": status = .finished
    case "abandoned": status = .abandoned
    default:
      status = ProcessIdentity.isRunning(host: row["host"], pid: row["pid"]) ? .inProgress : .interrupted
    }
    let categoriesText: String = row["categories"]
    let original = JSONCoding.categories(categoriesText)
    let score: Double? = row["score"]
    let passed: Bool? = row["passed"]
    let effective = Effective(
      score: score, passed: passed, categories: original, overrides: row["latest_overrides"])
    return AttemptRecord(
      id: row["id"], trainee: row["trainee_name"], scenario: row["scenario"],
      scenarioTitle: row["scenario_title"],
      kind: ScenarioKind(rawValue: row["kind"]) ?? .inquiry, difficulty: row["difficulty"],
      language: row["language"],
      contentHash: row["content_hash"], mode: AttemptMode(rawValue: row["mode"]) ?? .practice,
      startedAt: row["started_at"], finishedAt: row["finished_at"], status: status,
      outcome: (row["outcome"] as String?).flatMap(Outcome.init(rawValue:)), score: effective.score,
      passed: effective.passed, categories: effective.categories, turnCount: row["turn_count"],
      originalScore: score, originalPassed: passed, originalCategories: original,
      overridden: effective.overridden)
  }
}

/// An attempt's results with the latest review's overrides applied: overridden categories replace
/// the originals, the overall score becomes the mean of the effective categories, and an overridden
/// verdict replaces the original one.
struct Effective {
  var score: Double?
  var passed: Bool?
  var categories: [String: Double?]
  var overridden = false

  init(score: Double?, passed: Bool?, categories: [String: Double?], overrides: String?) {
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
enum ReviewJSON {
  struct Overrides: Codable {
    var categories: [String: Double]
    var passed: Bool?
  }

  static func encode(_ review: ReviewRecord) throws -> String {
    guard review.overrides else { return "{}" }
    return try JSONCoding.string(
      Overrides(categories: review.categoryOverrides, passed: review.passedOverride))
  }

  static func decode(_ text: String) -> Overrides? {
    try? JSONDecoder().decode(Overrides.self, from: Data(text.utf8))
  }
}

/// Which process wrote an attempt, to tell a live attempt from one whose process is gone.
enum ProcessIdentity {
  static let host = ProcessInfo.processInfo.hostName
  static let pid = Int(getpid())

  /// Whether the process that started an attempt still runs. On another host it cannot be known,
  /// so it counts as running.
  static func isRunning(host: String, pid: Int) -> Bool {
    guard host == Self.host else { return true }
    if pid == Self.pid { return true }
    return kill(pid_t(pid), 0) == 0 || errno == EPERM
  }
}

/// JSON columns.
enum JSONCoding {
  static func string<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  /// Category scores stored as `{"empathy": 80, "routing": null}`; read without a decoder, since
  /// history pages read thousands of them.
  static func categories(_ text: String) -> [String: Double?] {
    guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
      return [:]
    }
    return object.mapValues { ($0 as? NSNumber)?.doubleValue }
  }

  static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
    try JSONDecoder().decode(type, from: Data(text.utf8))
  }
}
