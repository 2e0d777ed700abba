import Foundation
import FrontlineModel

/// Loads authored files into a ``Library`` and reports every problem in every file.
public enum LibraryLoader {
  /// The outcome of loading: the usable content and all diagnostics, sorted by file and position.
  public struct Result: Sendable {
    public var library: Library
    public var diagnostics: [Diagnostic]
    /// How many files were checked (context files excluded).
    public var fileCount: Int
    /// The path each scenario and rubric was loaded from, by id.
    public var scenarioPaths: [String: String]
    public var rubricPaths: [String: String]
    /// The files checked (not those loaded only as context), as their canonical paths.
    public var checkedFiles: Set<String>

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// Whether `path` (as loaded) is one of the files checked.
    public func isChecked(_ path: String) -> Bool { checkedFiles.contains(FileFinder.canonical(path)) }
  }

  /// Scores one step's exemplar and says why trainees must not be shown it as a model reply, or
  /// returns `nil` when it passes. Loading knows nothing of scoring; `validate` passes one in.
  public typealias ExemplarCheck = (_ step: Step, _ scenario: Scenario, _ library: Library) -> String?

  /// Loads and checks `paths` (files, or folders searched for `*.json`). Files under `contextPaths`
  /// are loaded too, so references into them resolve, but their own problems are not reported.
  /// With `exemplarCheck`, each step of a checked scenario has its exemplar checked too.
  public static func load(
    paths: [String], contextPaths: [String] = [], exemplarCheck: ExemplarCheck? = nil
  ) -> Result {
    var diagnostics: [Diagnostic] = []
    var reportedFiles: [String] = []
    for path in paths {
      switch FileFinder.jsonFiles(at: path) {
      case .success(let files):
        if files.isEmpty {
          diagnostics.append(
            Diagnostic(.warning, file: path, location: nil, message: "no .json files in this folder"))
        }
        reportedFiles += files
      case .failure(let problem):
        diagnostics.append(Diagnostic(.error, file: path, location: nil, message: problem.message))
      }
    }
    let reportedSet = Set(reportedFiles.map(FileFinder.canonical))
    let contextFiles = contextPaths.flatMap { (try? FileFinder.jsonFiles(at: $0).get()) ?? [] }
      .filter { !reportedSet.contains(FileFinder.canonical($0)) }
    var seen: Set<String> = []
    let unique = reportedFiles.filter { seen.insert(FileFinder.canonical($0)).inserted }
    // Context files first, so a reported file that repeats one of their ids is the one told.
    let files =
      contextFiles.map { LoadedFile.load($0, reported: false) }
      + unique.map { LoadedFile.load($0, reported: true) }
    var assembly = LibraryAssembly(files: files, exemplarCheck: exemplarCheck)
    diagnostics += assembly.assemble()
    diagnostics.sort {
      ($0.file, $0.location ?? SourcePosition(line: 0, column: 0)) < (
        $1.file, $1.location ?? SourcePosition(line: 0, column: 0)
      )
    }
    return Result(
      library: assembly.library, diagnostics: diagnostics, fileCount: unique.count,
      scenarioPaths: assembly.scenarioPaths, rubricPaths: assembly.rubricPaths,
      checkedFiles: Set(unique.map(FileFinder.canonical)))
  }

  /// Checks one file's bytes on their own, as `validate` would without the rest of the library:
  /// references into other files are not resolved. For fuzzing and tools that hold a file in memory;
  /// `path` names the file in diagnostics and, by its name or folder, may tell its kind.
  public static func check(_ bytes: [UInt8], path: String) -> [Diagnostic] {
    LoadedFile.decode(bytes, path: path, reported: true).diagnostics
  }
}
