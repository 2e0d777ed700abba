import Foundation
import FrontlineHistory
import FrontlineModel

/// What the ladder needs to know of an attempt, so that full records and the light rows reports read
/// are evaluated alike.
public protocol LadderAttempt {
  /// The scenario's id, so that a requirement can count different scenarios.
  var scenario: String { get }
  var kind: ScenarioKind { get }
  var difficulty: Int { get }
  var mode: AttemptMode { get }
  var startedAt: Date { get }
  /// The effective verdict, `nil` when unfinished.
  var passed: Bool? { get }
  /// Whether the attempt finished with an ending (and so counts); one the trainee ended early never
  /// counts, whatever a review made of it.
  var isFinished: Bool { get }
  /// The effective score in a category, `nil` when N/A.
  func score(in category: String) -> Double?
}

extension AttemptRecord: LadderAttempt {
  public var isFinished: Bool { status == .finished && outcome != .endedEarly }
  public func score(in category: String) -> Double? { categories[category] ?? nil }
}
