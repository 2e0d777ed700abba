/// What a scenario trains: the four kinds of contact a front-line agent handles.
public enum ScenarioKind: String, Sendable, CaseIterable, Codable {
  case complaint
  case escalation
  case upsell
  case inquiry
}

/// The channel a conversation happens on.
public enum Channel: String, Sendable, CaseIterable, Codable {
  case chat
  case email
  case phone
}
