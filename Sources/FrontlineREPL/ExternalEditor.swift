import Foundation

/// The trainee's own editor, opened as `git commit` opens it: `$VISUAL`, else `$EDITOR`, run by the shell
/// (so `code --wait` or `vim -u NONE` work) on a temporary file that only the trainee can read.
public struct ExternalEditor: Sendable {
  /// The command as the trainee set it.
  public let command: String

  /// Why the editor gave no text back.
  public enum Failure: Error, Equatable, CustomStringConvertible {
    case couldNotWrite(String)
    case couldNotStart(command: String, reason: String)
    case exited(command: String, status: Int32)
    case killed(command: String, signal: Int32)
    case couldNotRead(String)

    public var description: String {
      switch self {
      case .couldNotWrite(let reason): "the reply's file could not be written: \(reason)"
      case .couldNotStart(let command, let reason): "the editor '\(command)' could not be started: \(reason)"
      case .exited(let command, let status): "the editor '\(command)' exited with status \(status)"
      case .killed(let command, let signal): "the editor '\(command)' was ended by signal \(signal)"
      case .couldNotRead(let reason): "the reply's file could not be read back: \(reason)"
      }
    }
  }

  public init(command: String) { self.command = command }

  /// The editor `environment` names (`VISUAL` first, then `EDITOR`), or `nil` when neither is set.
  public static func named(in environment: [String: String]) -> ExternalEditor? {
    for key in ["VISUAL", "EDITOR"] {
      if let command = environment[key]?.trimmingCharacters(in: .whitespaces), !command.isEmpty {
        return ExternalEditor(command: command)
      }
    }
    return nil
  }

  /// Opens the editor on `text` and returns what the file holds once it closes. The file is removed
  /// afterwards, whatever happens.
  public func edit(_ text: String) throws(Failure) -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "frontline-\(UUID().uuidString)")
    let file = folder.appendingPathComponent("REPLY.txt")
    do {
      try FileManager.default.createDirectory(
        at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      guard
        FileManager.default.createFile(
          atPath: file.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
      else { throw CocoaError(.fileWriteUnknown) }
    } catch {
      throw .couldNotWrite(error.localizedDescription)
    }
    defer { try? FileManager.default.removeItem(at: folder) }
    try run(on: file.path)
    do {
      return try String(contentsOf: file, encoding: .utf8)
    } catch {
      throw .couldNotRead("it is not UTF-8 text, or it was removed")
    }
  }

  /// Runs `sh -c 'COMMAND "$@"' editor PATH` on this terminal and waits for it, with Ctrl-C left to the
  /// editor: the child starts with every signal unblocked and at its default.
  private func run(on path: String) throws(Failure) {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGINT)
    sigaddset(&defaults, SIGQUIT)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let arguments = ["/bin/sh", "-c", command + " \"$@\"", "frontline-editor", path]
    let pointers = arguments.map { strdup($0) } + [nil]
    defer { for pointer in pointers { free(pointer) } }
    var child: pid_t = 0
    let started = posix_spawn(&child, "/bin/sh", nil, &attributes, pointers, environ)
    guard started == 0 else {
      throw .couldNotStart(command: command, reason: String(cString: strerror(started)))
    }
    var status: Int32 = 0
    while waitpid(child, &status, 0) == -1 {
      guard errno == EINTR else {
        throw .couldNotStart(command: command, reason: String(cString: strerror(errno)))
      }
    }
    // The shell says 127 when it cannot find the command, 126 when it cannot run it.
    let low = status & 0x7f
    if low != 0 { throw .killed(command: command, signal: low) }
    let exit = (status >> 8) & 0xff
    if exit == 127 { throw .couldNotStart(command: command, reason: "no such command") }
    if exit != 0 { throw .exited(command: command, status: exit) }
  }
}
