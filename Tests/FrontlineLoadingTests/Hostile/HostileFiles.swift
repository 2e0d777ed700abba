import Foundation

@testable import FrontlineLoading

/// Writes hostile variants of the fixture library's files into a temporary library and loads them.
struct HostileFiles {
  let folder: URL

  init() throws {
    folder = try Fixtures.temporaryFolder()
    for sub in ["scenarios", "rubrics"] {
      try FileManager.default.createDirectory(
        at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
    }
  }

  func remove() { try? FileManager.default.removeItem(at: folder) }

  /// The text of a fixture library file, e.g. `scenarios/mini-refund.json`.
  static func fixture(_ name: String) throws -> String {
    try String(contentsOfFile: Fixtures.library + "/" + name, encoding: .utf8)
  }

  /// `text` with `old` replaced by `new`, which must be there.
  static func replacing(_ old: String, with new: String, in text: String) -> String {
    precondition(text.contains(old), "the fixture no longer contains \(old)")
    return text.replacingOccurrences(of: old, with: new)
  }

  /// Writes `text` as `name` (e.g. `scenarios/empty.json`) and returns its path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    let path = folder.appendingPathComponent(name).path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// Loads the temporary library's files with the fixture library as context.
  func load(_ paths: [String]) -> LibraryLoader.Result {
    LibraryLoader.load(paths: paths, contextPaths: Fixtures.libraryContent)
  }

  /// The diagnostics of one file, as `line:column: severity: message (at path)`.
  static func lines(_ result: LibraryLoader.Result, file: String) -> [String] {
    result.diagnostics.filter { $0.file == file }.map {
      String($0.formatted.dropFirst(file.count + 1))
    }
  }
}
