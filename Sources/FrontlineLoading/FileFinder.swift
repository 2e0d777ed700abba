import Foundation

/// Finds authored files below the paths a user names.
enum FileFinder {
  /// `path` itself when it is a file, else the `*.json` files below it, sorted.
  static func jsonFiles(at path: String) -> Result<[String], FileProblem> {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return .failure(FileProblem("no such file or directory"))
    }
    guard isDirectory.boolValue else { return .success([path]) }
    guard let enumerator = FileManager.default.enumerator(atPath: path) else {
      return .failure(FileProblem("the folder cannot be read (check its permissions)"))
    }
    var files: [String] = []
    while let relative = enumerator.nextObject() as? String {
      let name = (relative as NSString).lastPathComponent
      if name.hasPrefix(".") {
        enumerator.skipDescendants()
        continue
      }
      if name.hasSuffix(".json") {
        files.append(path.hasSuffix("/") ? path + relative : path + "/" + relative)
      }
    }
    return .success(files.sorted())
  }

  /// The absolute, symlink-free form of a path, to tell when two spellings name one file.
  static func canonical(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }
}
