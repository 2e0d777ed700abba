import Foundation

/// How the team table is ordered.
public enum TeamSort: String, CaseIterable, Sendable {
  case name, level, attempts
  case passRate = "pass-rate"
  case empathy, accuracy, routing, trend
  case lastActive = "last-active"
}

extension TeamReport {
  /// The rows ordered by `key`: names alphabetically, numbers highest first (lowest first for the
  /// skills and trend, so the weakest come first), missing values last.
  public func sorted(by key: TeamSort, levels: [String]) -> TeamReport {
    var copy = self
    func order(_ a: Double?, _ b: Double?, ascending: Bool) -> Bool? {
      switch (a, b) {
      case (nil, nil): return nil
      case (nil, _): return false
      case (_, nil): return true
      case (let a?, let b?): return a == b ? nil : (ascending ? a < b : a > b)
      }
    }
    copy.rows.sort { left, right in
      let decided: Bool?
      switch key {
      case .name: decided = nil
      case .level:
        decided = order(
          levels.firstIndex(of: left.level).map(Double.init),
          levels.firstIndex(of: right.level).map(Double.init),
          ascending: false)
      case .attempts: decided = order(Double(left.attempts), Double(right.attempts), ascending: false)
      case .passRate: decided = order(left.passRate, right.passRate, ascending: true)
      case .empathy, .accuracy, .routing:
        decided = order(
          left.averages[key.rawValue] ?? nil, right.averages[key.rawValue] ?? nil, ascending: true)
      case .trend: decided = order(left.trend, right.trend, ascending: true)
      case .lastActive:
        decided = order(
          left.lastActive?.timeIntervalSince1970, right.lastActive?.timeIntervalSince1970, ascending: false)
      }
      return decided ?? (left.trainee.localizedStandardCompare(right.trainee) == .orderedAscending)
    }
    return copy
  }
}
