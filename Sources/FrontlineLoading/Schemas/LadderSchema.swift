extension JSONSchemas {
  static let ladder = "{}"
}
