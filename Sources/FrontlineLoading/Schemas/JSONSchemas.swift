/// The JSON Schemas of the authored formats, so editors can complete and check fields as a trainer
/// types (`frontline schema scenario > scenario.schema.json`).
public enum JSONSchemas {
  /// The schema text of a kind of file.
  public static func schema(for kind: AuthoredKind) -> String {
    switch kind {
    case .scenario: scenario
    case .rubric: rubric
    case .ladder: ladder
    case .departments: departments
    }
  }
}
