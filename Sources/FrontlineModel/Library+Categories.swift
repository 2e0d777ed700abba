extension Library {
  /// The scoring categories the library's rubrics declare, as every report, table and export orders
  /// them: the standard ones first (empathy, accuracy, routing), then any others by name.
  public var categories: [String] {
    let declared = Set(rubrics.flatMap { $0.categories.map(\.name) })
    let standard = Category.defaults.map(\.name)
    return standard + declared.subtracting(standard).sorted()
  }
}
