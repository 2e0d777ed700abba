import FrontlineTestSupport

/// The probe executable for the SQLite store's process tests.
enum SQLiteFixtures {
  /// `frontline-probe` from the same build as the tests.
  static let probe = BuiltExecutable.path("frontline-probe")
}
