import Foundation
import FrontlineHistory

extension SQLiteStore {
  /// Why the database at `path` could not be opened, as found on the disk: a read-only file, a
  /// folder nothing can be created in. `nil` when nothing shows, and SQLite's own words are all there
  /// is to say.
  static func openProblem(_ path: String) -> String? {
    if let problem = FilePlace.writeProblem(path) { return problem.description }
    let folder = (path as NSString).deletingLastPathComponent
    if let problem = FilePlace.folderProblem(folder.isEmpty ? "." : folder) {
      return "\(problem), and SQLite keeps its write-ahead log (the -wal and -shm files) in the database's "
        + "folder, so even a database that can be read needs a writable folder"
    }
    return nil
  }
}
