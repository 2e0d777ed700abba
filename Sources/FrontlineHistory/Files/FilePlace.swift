import Foundation

/// Where a file of Frontline's goes, checked so that a failure says what is wrong with the place
/// (a folder where a file should be, a read-only folder, a device) instead of a library's error code.
public enum FilePlace {
  /// What stands in the way of a file at a path, each message naming the path and the trouble.
  public enum Problem: Error, Equatable, CustomStringConvertible {
    /// The path is empty.
    case emptyPath
    /// The path names a folder, not a file.
    case isFolder(String)
    /// The path names a device, a pipe or a socket, not a regular file.
    case notRegularFile(String)
    /// A part of the path that should be a folder is a file.
    case notAFolder(String)
    /// The folder cannot be written in (permissions, or a read-only file system).
    case folderNotWritable(String)
    /// The file exists but cannot be written.
    case fileNotWritable(String)
    /// Anything else the system reported, in its words.
    case system(String, String)

    public var description: String {
      switch self {
      case .emptyPath: "the path is empty"
      case .isFolder(let path): "\(path) is a folder, not a file"
      case .notRegularFile(let path): "\(path) is not a regular file (it is a device, a pipe or a socket)"
      case .notAFolder(let path): "\(path) is a file, not a folder"
      case .folderNotWritable(let path):
        "the folder \(path) is not writable (its permissions, or a read-only file system)"
      case .fileNotWritable(let path): "\(path) is read-only"
      case .system(let path, let reason): "\(path): \(reason)"
      }
    }
  }

  /// What is visibly wrong with `path` as a file to read and write, without changing anything: an
  /// empty path, a folder, a device. `nil` when nothing is (the file may not exist yet).
  public static func checkFile(_ path: String) -> Problem? {
    guard !path.isEmpty else { return .emptyPath }
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return nil
    case S_IFDIR: return .isFolder(path)
    default: return .notRegularFile(path)
    }
  }

  /// Creates the folders that lead to `path` (the file itself is not created).
  public static func makeFolders(for path: String) throws(Problem) {
    let folder = (path as NSString).deletingLastPathComponent
    guard !folder.isEmpty else { return }
    var prefix = folder.hasPrefix("/") ? "/" : ""
    for part in folder.split(separator: "/") {
      prefix = (prefix as NSString).appendingPathComponent(String(part))
      if mkdir(prefix, 0o755) == 0 { continue }
      let code = errno
      var info = stat()
      if stat(prefix, &info) == 0 {
        if info.st_mode & S_IFMT == S_IFDIR { continue }
        throw .notAFolder(prefix)
      }
      throw creating(code, in: folderOf(prefix))
    }
  }

  /// Why a file cannot be created or opened for writing at `path`, found by trying (a file made to
  /// find out is removed again). `nil` when it can be.
  public static func writeProblem(_ path: String) -> Problem? {
    if let problem = checkFile(path) { return problem }
    let folder = folderOf(path)
    var info = stat()
    if stat(path, &info) == 0 {
      let descriptor = open(path, O_RDWR)
      if descriptor < 0 { return errno == ENOENT ? nil : opening(errno, file: path) }
      close(descriptor)
      return nil
    }
    return folderProblem(folder)
  }

  /// Why nothing can be created in `folder`, found by creating and removing a file there; `nil` when
  /// something can.
  public static func folderProblem(_ folder: String) -> Problem? {
    let probe = (folder as NSString).appendingPathComponent(
      ".frontline-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    let descriptor = open(probe, O_RDWR | O_CREAT | O_EXCL, 0o600)
    guard descriptor >= 0 else { return creating(errno, in: folder) }
    close(descriptor)
    unlink(probe)
    return nil
  }

  /// Writes `text` to `path` whole (a new file renamed into place), creating its folders.
  public static func write(_ text: String, to path: String) throws(Problem) {
    try makeFolders(for: path)
    if let problem = checkFile(path) { throw problem }
    let folder = folderOf(path)
    let temporary = path + ".\(getpid()).new"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { throw creating(errno, in: folder) }
    let bytes = Array(text.utf8)
    let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
    let code = errno
    close(descriptor)
    guard written == bytes.count else {
      unlink(temporary)
      throw .system(path, String(cString: strerror(code)))
    }
    guard rename(temporary, path) == 0 else {
      let code = errno
      unlink(temporary)
      throw code == EISDIR ? .isFolder(path) : creating(code, in: folder)
    }
  }

  /// The folder `path` is in (`.` for a bare file name).
  static func folderOf(_ path: String) -> String {
    let folder = (path as NSString).deletingLastPathComponent
    return folder.isEmpty ? "." : folder
  }

  /// The problem an `errno` from creating something in `folder` means.
  static func creating(_ code: Int32, in folder: String) -> Problem {
    switch code {
    case EACCES, EPERM, EROFS: .folderNotWritable(folder)
    case ENOTDIR: .notAFolder(folder)
    default: .system(folder, String(cString: strerror(code)))
    }
  }

  /// The problem an `errno` from opening the file at `path` for writing means.
  static func opening(_ code: Int32, file path: String) -> Problem {
    switch code {
    case EACCES, EPERM, EROFS: .fileNotWritable(path)
    case EISDIR: .isFolder(path)
    default: .system(path, String(cString: strerror(code)))
    }
  }
}
