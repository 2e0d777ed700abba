import Foundation
import FrontlineHistory
import FrontlineTestSupport

/// Temporary databases and the probe executable for the store tests.
enum StoreFixtures {
  static func temporaryDatabase() throws -> (path: String, folder: URL) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "frontline-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return (folder.appendingPathComponent("progress.sqlite").path, folder)
  }

  /// `frontline-probe` from the same build as the tests.
  static let probe = BuiltExecutable.path("frontline-probe")

}
