extension JSONSchemas {
  static let scenario = "{}"
}
