/// The JSON Schemas of the authored formats, so editors can complete and check fields as a trainer
/// types (`frontline schema scenario > scenario.schema.json`).
public enum JSONSchemas {
  /// The schema text of a kind of file, with the shared definitions spliced in.
  public static func schema(for kind: AuthoredKind) -> String {
    let template =
      switch kind {
      case .scenario: scenario
      case .rubric: rubric
      case .ladder: ladder
      case .departments: departments
      }
    return
      template
      .replacing(#""$include": "common""#, with: spliced(commonDefinitions))
      .replacing(#""$include": "scoring""#, with: spliced(scoringDefinitions))
  }

  /// A fragment ready to stand where its include line stood: the include line's indentation is
  /// already in place, so the fragment's own is dropped from its first line.
  private static func spliced(_ fragment: String) -> String {
    String(fragment.drop(while: { $0 == " " }))
  }
}
