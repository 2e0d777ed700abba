import Foundation
import FrontlineHistory
import FrontlineModel

/// What the ladder needs to know of an attempt, so that full records and the light rows reports read
/// are evaluated alike.
public protocol LadderAttempt {
  var kind: ScenarioKind { get }
  var difficulty: Int { get }
  var mode: AttemptMode { get }
  var startedAt: Date { get }
  /// The effective verdict, `nil` when unfinished.
  var passed: Bool? { get }
  /// Whether the attempt finished (and so counts).
  var isFinished: Bool { get }
  /// The effective score in a category, `nil` when N/A.
  func score(in category: String) -> Double?
}

extension AttemptRecord: LadderAttempt {
  public var isFinished: Bool { status == .finished }
  public func score(in category: String) -> Double? { categories[category] ?? nil }
}
