/// How the simulated customer feels, from furious to delighted.
///
/// Moods form an ordered scale; a transition moves the customer along it by a whole number of steps,
/// clamped at both ends.
public enum Mood: Int, Sendable, CaseIterable, Comparable, Codable {
  case furious = -3
  case angry = -2
  case annoyed = -1
  case neutral = 0
  case satisfied = 1
  case delighted = 2

  /// The name used in authored files, e.g. `"angry"`.
  public var name: String {
    switch self {
    case .furious: "furious"
    case .angry: "angry"
    case .annoyed: "annoyed"
    case .neutral: "neutral"
    case .satisfied: "satisfied"
    case .delighted: "delighted"
    }
  }

  /// The mood with the given authored name, or `nil`.
  public init?(name: String) {
    guard let mood = Mood.allCases.first(where: { $0.name == name }) else { return nil }
    self = mood
  }

  /// This mood moved by `delta` steps, clamped to the scale.
  public func shifted(by delta: Int) -> Mood {
    let raw = min(Mood.delighted.rawValue, max(Mood.furious.rawValue, rawValue + delta))
    return Mood(rawValue: raw) ?? self
  }

  public static func < (lhs: Mood, rhs: Mood) -> Bool { lhs.rawValue < rhs.rawValue }
}
