extension JSONSchemas {
  static let departments = "{}"
}
