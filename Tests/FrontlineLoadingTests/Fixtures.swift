import Foundation

/// Paths to the shared test inputs in `Tests/Fixtures/` and to the repository's bundled library.
enum Fixtures {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures").path
  static let repository = URL(fileURLWithPath: root).deletingLastPathComponent().deletingLastPathComponent()
    .path

  /// The small valid library every broken file is checked against.
  static let library = root + "/library"
  static let libraryContent = [library + "/scenarios", library + "/rubrics"]

  static func broken(_ name: String) -> String { root + "/broken/" + name }

  /// A fresh temporary folder, removed by the caller.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "frontline-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
