import Foundation

/// Which process wrote an attempt, to tell a live attempt from one whose process is gone.
///
/// Besides the host name and pid, an attempt records a token: the kernel's boot id, the pid and the
/// process's start time. A pid reused by another process after a crash, or a host name that changed
/// (a container restarted), is then not mistaken for the process that started the attempt.
package enum ProcessIdentity {
  package static let host = ProcessInfo.processInfo.hostName
  package static let pid = Int(getpid())
  /// This process's token: `BOOT-ID/PID/START`, or `nil` where the system does not say.
  package static let token: String? = token(of: pid)

  /// The boot id of the running kernel.
  static let bootID: String? =
    (try? String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8))
    .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }

  /// The token of process `pid` if it runs now, else `nil`.
  static func token(of pid: Int) -> String? {
    guard let bootID, let start = startTime(of: pid) else { return nil }
    return "\(bootID)/\(pid)/\(start)"
  }

  /// When process `pid` started, in clock ticks since boot (`/proc/PID/stat`, field 22).
  static func startTime(of pid: Int) -> String? {
    guard pid > 0, let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let end = stat.lastIndex(of: ")")
    else { return nil }
    // The command name, in parentheses, may hold spaces; the fields after it are plain.
    let fields = stat[stat.index(after: end)...].split(separator: " ")
    // Field 3 (the state) is the first after the name; field 22 is the start time.
    return fields.count > 19 ? String(fields[19]) : nil
  }

  /// Whether the process that started an attempt still runs. With a token from this machine's
  /// current boot, the process must still run with the same start time. Otherwise: on another host
  /// it cannot be known, so it counts as running; on this host, a token from an earlier boot means
  /// the machine restarted since.
  package static func isRunning(host: String, pid: Int, token recorded: String? = nil) -> Bool {
    if let recorded, let bootID {
      let parts = recorded.split(separator: "/", maxSplits: 2).map(String.init)
      if parts.count == 3, parts[0] == bootID {
        guard let pid = Int(parts[1]) else { return false }
        return token(of: pid) == recorded
      }
      if host == Self.host { return false }
      return true
    }
    guard host == Self.host else { return true }
    if pid == Self.pid { return true }
    // A pid no process can have (a damaged row) belongs to no running process.
    guard let pid = pid_t(exactly: pid), pid > 0 else { return false }
    return kill(pid, 0) == 0 || errno == EPERM
  }
}
