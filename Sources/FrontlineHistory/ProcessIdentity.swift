import Foundation

/// Which process wrote an attempt, to tell a live attempt from one whose process is gone.
package enum ProcessIdentity {
  package static let host = ProcessInfo.processInfo.hostName
  package static let pid = Int(getpid())

  /// Whether the process that started an attempt still runs. On another host it cannot be known,
  /// so it counts as running.
  package static func isRunning(host: String, pid: Int) -> Bool {
    guard host == Self.host else { return true }
    if pid == Self.pid { return true }
    return kill(pid_t(pid), 0) == 0 || errno == EPERM
  }
}
