import Foundation

/// Finds the scenario library: the folder holding `scenarios/` and `rubrics/`.
public enum LibraryLocator {
  /// Why no library was found.
  public struct NotFound: Error, CustomStringConvertible {
    public var description: String
  }

  /// The library folder: `explicit` if given, else `FRONTLINE_LIBRARY`, else the current folder, else
  /// the nearest folder above the executable that holds `scenarios/` (a source checkout).
  public static func locate(
    explicit: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(NotFound) -> String {
    if let path = explicit ?? environment["FRONTLINE_LIBRARY"] {
      guard isLibrary(path) else {
        throw NotFound(description: "\(path) is not a scenario library: it has no scenarios/ folder")
      }
      return path
    }
    let current = FileManager.default.currentDirectoryPath
    if isLibrary(current) { return current }
    var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? current).resolvingSymlinksInPath()
      .deletingLastPathComponent()
    for _ in 0..<6 {
      if isLibrary(folder.path) { return folder.path }
      folder.deleteLastPathComponent()
    }
    throw NotFound(
      description: "cannot find the scenario library (a folder with scenarios/ and rubrics/): "
        + "run frontline from the Frontline folder, or pass --library PATH or set FRONTLINE_LIBRARY")
  }

  /// The folders that make up a library.
  public static func contentPaths(of library: String) -> [String] {
    ["scenarios", "rubrics"].map { (library as NSString).appendingPathComponent($0) }
      .filter { FileManager.default.fileExists(atPath: $0) }
  }

  private static func isLibrary(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(
      atPath: (path as NSString).appendingPathComponent("scenarios"), isDirectory: &isDirectory)
      && isDirectory.boolValue
  }
}
