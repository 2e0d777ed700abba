extension JSONSchemas {
  static let rubric = "{}"
}
