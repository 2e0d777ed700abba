import Foundation

/// The package's executables, for tests that run them as a user would.
public enum BuiltExecutable {
  /// The repository's root folder.
  public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent().path

  /// The executable `name` from the same build as the tests (beside the test bundle), else the
  /// debug build.
  public static func path(_ name: String) -> String {
    let besideTests = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent(name).path
    if FileManager.default.isExecutableFile(atPath: besideTests) { return besideTests }
    return repository + "/.build/debug/" + name
  }
}
