extension Library {
  /// The scoring categories the library's rubrics declare, as every report, table and export orders
  /// them (see ``Category/ordered(_:)``).
  public var categories: [String] { Category.ordered(rubrics.flatMap { $0.categories.map(\.name) }) }
}

extension Category {
  /// Category names in the order Frontline shows them: the standard ones first (empathy, accuracy,
  /// routing), whether named or not, then any others by name, each once.
  public static func ordered<Names: Sequence<String>>(_ names: Names) -> [String] {
    let standard = defaults.map(\.name)
    return standard + Set(names).subtracting(standard).sorted()
  }
}
