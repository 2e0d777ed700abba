import Foundation
import FrontlineHistory
import FrontlineModel

/// Finished attempts as xAPI statements, which a learning record store accepts: the trainee as an
/// account, passed or failed, the scenario as a simulation activity, the score, and the category
/// scores in result extensions.
public enum XAPIExport {
  /// The IRI base for Frontline's activities, accounts and extensions.
  public static let homePage = "https://frontline.invalid"

  /// One statement per attempt, as a JSON array with sorted keys.
  public static func statements(_ attempts: [ReportAttempt], categories: [String]) throws -> String {
    let statements = attempts.compactMap { statement($0, categories: categories) }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(statements), as: UTF8.self)
  }

  static func statement(_ attempt: ReportAttempt, categories: [String]) -> Statement? {
    guard let score = attempt.score, let passed = attempt.passed else { return nil }
    var extensions: [String: Double] = [:]
    for (index, name) in categories.enumerated() {
      if let value = attempt.categoryScores[index] { extensions[name] = value }
    }
    let verb = passed ? "passed" : "failed"
    return Statement(
      id: uuid(for: attempt.id),
      actor: Actor(
        objectType: "Agent", name: attempt.trainee,
        account: Account(homePage: homePage, name: attempt.trainee)),
      verb: Verb(id: "http://adlnet.gov/expapi/verbs/\(verb)", display: ["en-US": verb]),
      object: Activity(
        objectType: "Activity", id: "\(homePage)/scenarios/\(attempt.scenario)",
        definition: Definition(
          name: ["en-US": attempt.scenarioTitle], type: "http://adlnet.gov/expapi/activities/simulation")),
      result: Result(
        score: Score(scaled: (score / 100 * 1000).rounded() / 1000, raw: score, min: 0, max: 100),
        success: passed,
        // A conversation the trainee closed before its ending was not completed.
        completion: attempt.outcome != .endedEarly, duration: duration(attempt.duration),
        extensions: Extensions(
          categories: extensions, outcome: attempt.outcome?.rawValue, homePage: homePage)),
      timestamp: attempt.startedAt.addingTimeInterval(attempt.duration).formatted(.iso8601))
  }

  /// A stable statement id per attempt, so exporting twice does not duplicate statements in a store.
  static func uuid(for attempt: Int64) -> String {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in "frontline-attempt-\(attempt)".utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    let high = String(hash, radix: 16).leftPadded(16)
    let low = String(UInt64(attempt), radix: 16).leftPadded(12)
    let chars = Array(high)
    return
      "\(String(chars[0..<8]))-\(String(chars[8..<12]))-5\(String(chars[13..<16]))-8\(String(chars[1..<4]))-\(low)"
  }

  /// ISO 8601 duration: PT4M30S.
  static func duration(_ seconds: Double) -> String {
    let total = max(0, ReportNumber.whole(min(seconds, 1e12)) ?? 0)
    let hours = total / 3600
    let minutes = total % 3600 / 60
    let rest = total % 60
    var text = "PT"
    if hours > 0 { text += "\(hours)H" }
    if minutes > 0 { text += "\(minutes)M" }
    if rest > 0 || text == "PT" { text += "\(rest)S" }
    return text
  }

  struct Statement: Encodable {
    var id: String
    var actor: Actor
    var verb: Verb
    var object: Activity
    var result: Result
    var timestamp: String
  }

  struct Actor: Encodable {
    var objectType: String
    var name: String
    var account: Account
  }

  struct Account: Encodable {
    var homePage: String
    var name: String
  }

  struct Verb: Encodable {
    var id: String
    var display: [String: String]
  }

  struct Activity: Encodable {
    var objectType: String
    var id: String
    var definition: Definition
  }

  struct Definition: Encodable {
    var name: [String: String]
    var type: String
  }

  struct Result: Encodable {
    var score: Score
    var success: Bool
    var completion: Bool
    var duration: String
    var extensions: Extensions
  }

  /// The result's extensions: the category scores, and how the conversation ended.
  struct Extensions: Encodable {
    var categories: [String: Double]
    var outcome: String?
    var homePage: String

    struct Key: CodingKey {
      var stringValue: String
      var intValue: Int? { nil }
      init(stringValue: String) { self.stringValue = stringValue }
      init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Key.self)
      try container.encode(categories, forKey: Key(stringValue: "\(homePage)/xapi/extensions/categories"))
      if let outcome {
        try container.encode(outcome, forKey: Key(stringValue: "\(homePage)/xapi/extensions/outcome"))
      }
    }
  }

  struct Score: Encodable {
    var scaled: Double
    var raw: Double
    var min: Double
    var max: Double
  }
}

extension String {
  fileprivate func leftPadded(_ width: Int) -> String {
    count >= width ? String(suffix(width)) : String(repeating: "0", count: width - count) + self
  }
}
