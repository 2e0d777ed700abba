import Foundation
import FrontlineHistory
import FrontlineModel

/// Finished attempts as xAPI statements, which a learning record store keeps: the trainee as an
/// account, passed or failed, the scenario as a simulation activity in its own language, practice
/// or exam, the score, and the category scores in result extensions.
///
/// Each grade an attempt has had (see ``GradeRevision``) is its own statement, with an id of its own
/// in the installation's namespace. An export sends the statement of the grade in force and voids
/// those of the grades it superseded, so that sending again never conflicts and the store ends with
/// the grade in force. Everything in a statement comes from the history, so the same history always
/// gives the same statements.
public struct XAPIExport: Sendable {
  /// The home page used when none is given: a placeholder, in a domain that never resolves.
  public static let placeholderHomePage = "https://frontline.invalid"

  /// The IRI base for the trainees' accounts, the activities and the extensions.
  public var homePage: String
  /// The installation's namespace for statement ids (``ProgressStore/installationNamespace()``).
  public var namespace: UUID

  public init(homePage: String, namespace: UUID) {
    self.homePage = homePage
    self.namespace = namespace
  }

  /// The statements about one attempt.
  public struct AttemptStatements: Sendable, Equatable {
    public var attempt: Int64
    /// When their content last changed: when the attempt finished, or when the latest review that
    /// changed its grade was recorded.
    public var changedAt: Date
    /// The statement of the grade in force, then a voiding statement for each superseded grade.
    public var statements: [XAPIStatement]
  }

  /// The statements about a finished attempt, given its reviews (oldest first); `nil` for an attempt
  /// without a score and a verdict (unfinished, or a damaged row).
  public func statements(for attempt: AttemptRecord, reviews: [ReviewRecord]) -> AttemptStatements? {
    let revisions = attempt.gradeRevisions(reviews: reviews)
    let current = revisions[revisions.count - 1]
    guard let statement = statement(attempt, current) else { return nil }
    let voids = revisions.dropLast().map { superseded in
      voiding(attempt, superseded, by: revisions[superseded.number + 1])
    }
    return AttemptStatements(attempt: attempt.id, changedAt: current.since, statements: [statement] + voids)
  }

  /// The id of the statement of an attempt's grade `revision` (0 for the original).
  public func statementID(attempt: Int64, revision: Int) -> UUID {
    NameBasedUUID.make(namespace: namespace, name: "attempt/\(attempt)/revision/\(revision)")
  }

  /// The id of the statement that voids the one of grade `revision`.
  public func voidingID(attempt: Int64, revision: Int) -> UUID {
    NameBasedUUID.make(namespace: namespace, name: "attempt/\(attempt)/revision/\(revision)/voided")
  }

  func statement(_ attempt: AttemptRecord, _ revision: GradeRevision) -> XAPIStatement? {
    guard let score = revision.grade.score, let passed = revision.grade.passed else { return nil }
    let language = attempt.language.isEmpty ? "und" : attempt.language
    let verb: XAPIVerb = passed ? .passed : .failed
    let finished = attempt.finishedAt ?? attempt.startedAt
    return XAPIStatement(
      id: statementID(attempt: attempt.id, revision: revision.number).uuidString.lowercased(),
      actor: agent(attempt.trainee),
      verb: verb.verb(language: language),
      object: XAPIStatement.Object(
        objectType: "Activity", id: "\(homePage)/scenarios/\(attempt.scenario)",
        definition: XAPIStatement.Definition(
          name: [language: attempt.scenarioTitle], type: "http://adlnet.gov/expapi/activities/simulation")),
      result: XAPIStatement.Result(
        score: XAPIStatement.Score(
          scaled: (score / 100 * 1000).rounded() / 1000, raw: score, min: 0, max: 100),
        success: passed,
        // A conversation the trainee closed before its ending was not completed.
        completion: attempt.outcome != .endedEarly,
        duration: Self.duration(finished.timeIntervalSince(attempt.startedAt)),
        extensions: resultExtensions(revision.grade, outcome: attempt.outcome)),
      context: XAPIStatement.Context(
        language: language, platform: "Frontline",
        contextActivities: XAPIStatement.ContextActivities(category: [
          XAPIMode(attempt.mode).activity(homePage)
        ]),
        extensions: [
          extensionIRI("mode"): .text(attempt.mode.rawValue),
          extensionIRI("revision"): .integer(revision.number),
        ]),
      timestamp: Self.timestamp(finished))
  }

  /// The statement that voids the one of `superseded`, made by the review of `successor`.
  func voiding(_ attempt: AttemptRecord, _ superseded: GradeRevision, by successor: GradeRevision)
    -> XAPIStatement
  {
    let language = attempt.language.isEmpty ? "und" : attempt.language
    return XAPIStatement(
      id: voidingID(attempt: attempt.id, revision: superseded.number).uuidString.lowercased(),
      actor: agent(successor.reviewer ?? attempt.trainee),
      verb: XAPIVerb.voided.verb(language: language),
      object: XAPIStatement.Object(
        objectType: "StatementRef",
        id: statementID(attempt: attempt.id, revision: superseded.number).uuidString.lowercased()),
      timestamp: Self.timestamp(successor.since))
  }

  func agent(_ name: String) -> XAPIStatement.Agent {
    XAPIStatement.Agent(name: name, account: XAPIStatement.Account(homePage: homePage, name: name))
  }

  func resultExtensions(_ grade: Grade, outcome: Outcome?) -> [String: XAPIStatement.Extension] {
    var extensions: [String: XAPIStatement.Extension] = [
      extensionIRI("categories"): .scores(grade.categories.compactMapValues { $0 })
    ]
    if let outcome { extensions[extensionIRI("outcome")] = .text(outcome.rawValue) }
    return extensions
  }

  func extensionIRI(_ name: String) -> String { "\(homePage)/xapi/extensions/\(name)" }

  /// ISO 8601 in UTC, to the second: 2026-11-30T14:00:00Z.
  static func timestamp(_ date: Date) -> String { date.formatted(.iso8601) }

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
}
