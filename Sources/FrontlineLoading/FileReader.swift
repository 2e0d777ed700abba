import Foundation

/// Reads an authored file's bytes, refusing what cannot be one: missing paths, directories, huge or
/// unreadable files.
enum FileReader {
  /// Authored files are small; anything larger is refused before it is read.
  static let maximumSize = 10 * 1024 * 1024

  /// The file's bytes, or a one-line reason why they cannot be read.
  static func read(_ path: String) -> Result<[UInt8], FileProblem> {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return .failure(FileProblem("no such file or directory"))
    }
    if isDirectory.boolValue {
      return .failure(FileProblem("is a directory, but a JSON file is expected here"))
    }
    if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
      let size = (attributes[.size] as? NSNumber)?.intValue, size > maximumSize
    {
      return .failure(
        FileProblem(
          "the file is \(Bytes.describe(size)); authored files are limited to \(Bytes.describe(maximumSize))")
      )
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      return .failure(FileProblem("cannot be read (check its permissions)"))
    }
    defer { try? handle.close() }
    do {
      let data = try handle.read(upToCount: maximumSize + 1) ?? Data()
      if data.count > maximumSize {
        return .failure(
          FileProblem("the file is larger than \(Bytes.describe(maximumSize)), the limit for authored files"))
      }
      return .success([UInt8](data))
    } catch {
      return .failure(FileProblem("cannot be read: \(error.localizedDescription)"))
    }
  }
}

/// Why a file could not be read.
struct FileProblem: Error {
  var message: String
  init(_ message: String) { self.message = message }
}

/// Human-readable byte counts.
enum Bytes {
  static func describe(_ count: Int) -> String {
    if count >= 1024 * 1024 { return String(format: "%.1f MB", Double(count) / 1_048_576) }
    if count >= 1024 { return String(format: "%.1f KB", Double(count) / 1024) }
    return "\(count) bytes"
  }
}
