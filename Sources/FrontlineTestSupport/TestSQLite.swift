import Foundation

/// Throwaway SQLite databases for tests.
public enum TestSQLite {
  /// A database path in a new temporary folder; remove the folder when done.
  public static func temporaryDatabase() throws -> (path: String, folder: URL) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "frontline-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return (folder.appendingPathComponent("progress.sqlite").path, folder)
  }
}
