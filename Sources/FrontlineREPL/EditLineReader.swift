import CEditLine
import Foundation
import FrontlineHistory
import FrontlineTerminal

/// Lines from a person at a terminal, through libedit: arrow keys, Ctrl-R search, history across
/// sessions, Tab completion. Ctrl-C clears the line instead of ending the session.
public final class EditLineReader: LineReader {
  public let isInteractive = true
  public var completer: (@Sendable (String) -> [String])? {
    didSet { CompletionBridge.completer = completer }
  }
  private let historyPath: String?

  /// Reads from the terminal; history is kept in `historyPath` when given.
  public init(historyPath: String?) {
    self.historyPath = historyPath
    Self.useUTF8Characters()
    frontline_set_readline_name("frontline")
    frontline_set_catch_signals(0)
    frontline_set_completion { text, _, end in CompletionBridge.complete(text, end: end) }
    stifle_history(1000)
    if let historyPath {
      try? FileManager.default.createDirectory(
        atPath: (historyPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      _ = read_history(historyPath)
    }
    InterruptFlag.install()
  }

  /// Reads characters as UTF-8, as everything Frontline writes is. The environment's locale is used
  /// when it is UTF-8; otherwise (`LANG=C`, or a locale the system does not have, such as
  /// `ja_JP.UTF-8` never generated) libedit would be left in the C locale, where a Japanese reply
  /// crashes it, so C.UTF-8, which the C library always provides, is used instead.
  private static func useUTF8Characters() {
    if setlocale(LC_CTYPE, "") != nil, let codeset = nl_langinfo(nl_item(CODESET)),
      String(cString: codeset).uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
    {
      return
    }
    if setlocale(LC_CTYPE, "C.UTF-8") == nil { _ = setlocale(LC_CTYPE, "en_US.UTF-8") }
  }

  public func readLine(prompt: String, remember: Bool) -> LineResult {
    InterruptFlag.beginRead()
    let result = readline(prompt)
    InterruptFlag.endRead()
    guard let pointer = result else {
      if InterruptFlag.isSet {
        FileHandle.standardOutput.write(Data("^C\n".utf8))
        return .interrupted
      }
      return .endOfInput
    }
    defer { free(pointer) }
    let line = String(cString: pointer)
    if InterruptFlag.isSet {
      return .interrupted
    }
    if remember, !line.trimmingCharacters(in: .whitespaces).isEmpty {
      add_history(line)
      if let historyPath { _ = write_history(historyPath) }
    }
    return .line(line)
  }

  /// `$XDG_STATE_HOME/frontline/history` when `XDG_STATE_HOME` is an absolute path, else
  /// `$HOME/.local/state/frontline/history` (see ``BaseDirectory``).
  public static func defaultHistoryPath(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> String
  {
    BaseDirectory.state.frontlineFile("history", environment: environment)
  }

}

/// The completion callback libedit calls: a C function that captures nothing, so the words come from
/// a global the reader sets on the thread that reads lines.
enum CompletionBridge {
  // Set and read only on the thread that calls readline.
  nonisolated(unsafe) static var completer: (@Sendable (String) -> [String])?
  nonisolated(unsafe) static var matches: [String] = []

  /// The matches for the word being completed, as libedit wants them.
  static func complete(_ text: UnsafePointer<CChar>?, end: Int32) -> UnsafeMutablePointer<
    UnsafeMutablePointer<CChar>?
  >? {
    frontline_set_completion_over(1)
    let buffer = frontline_line_buffer().map { String(cString: $0) } ?? ""
    let before = String(buffer.utf8.prefix(Int(end))) ?? buffer
    matches = completer?(before) ?? []
    return rl_completion_matches(text) { _, state in
      let index = Int(state)
      guard index < CompletionBridge.matches.count else { return nil }
      return strdup(CompletionBridge.matches[index])
    }
  }
}

/// Ctrl-C while reading a line: noted, and the read is made to return, so the line is cleared and
/// the session goes on.
///
/// The handler does not restart the interrupted read. When the signal lands while libedit is busy
/// rather than blocked in a read, a watcher thread (which never takes the signal itself) signals the
/// reading thread again until that same read returns.
enum InterruptFlag {
  // Shared with the signal handler and the watcher: sig_atomic_t, as signals require.
  nonisolated(unsafe) static var raised: sig_atomic_t = 0
  /// The number of the read in progress, 0 when none.
  nonisolated(unsafe) static var reading: sig_atomic_t = 0
  /// The read that was interrupted.
  nonisolated(unsafe) static var interrupted: sig_atomic_t = 0
  nonisolated(unsafe) static var reads: sig_atomic_t = 0
  nonisolated(unsafe) static var readerThread = pthread_self()

  static var isSet: Bool { raised != 0 }

  /// Marks the start of a read.
  static func beginRead() {
    // Whatever blocked it before (a library's thread set-up), the reading thread takes Ctrl-C.
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGINT)
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
    readerThread = pthread_self()
    raised = 0
    reads = reads == Int32.max ? 1 : reads + 1
    reading = reads
  }

  static func endRead() { reading = 0 }

  static func install() {
    readerThread = pthread_self()
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in
      InterruptFlag.raised = 1
      InterruptFlag.interrupted = InterruptFlag.reading
    }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0  // no SA_RESTART: the terminal read returns
    sigaction(SIGINT, &action, nil)
    Thread.detachNewThread {
      var blocked = sigset_t()
      sigemptyset(&blocked)
      sigaddset(&blocked, SIGINT)
      pthread_sigmask(SIG_BLOCK, &blocked, nil)
      while true {
        usleep(20_000)
        let read = InterruptFlag.reading
        if InterruptFlag.raised != 0, read != 0, read == InterruptFlag.interrupted {
          pthread_kill(InterruptFlag.readerThread, SIGINT)
        }
      }
    }
  }
}
