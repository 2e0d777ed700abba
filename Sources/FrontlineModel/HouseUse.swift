/// Whether a scenario or a step is scored by the library's house rubrics (the sincerity, security and
/// reply-quality rules that apply everywhere), and which of their criteria it leaves out.
public enum HouseUse: Sendable, Equatable {
  /// As the enclosing scenario says; for a scenario, every house criterion.
  case inherit
  /// No house criterion (authored `"house": false`).
  case none
  /// Every house criterion but these (authored `"houseExcept": [...]`).
  case except([String])
}
