import Foundation
import Testing

/// The real terminal path, driven through tmux as a person would: the prompt, a scored reply, Tab
/// completion of a scenario id, Ctrl-C, history recalled with the up arrow, Japanese input, and
/// Ctrl-D. The test command installs tmux where it is missing.
@Suite(.enabled(if: TmuxSession.available, "tmux is not installed"), .serialized)
struct TerminalTests {
  @Test func aPersonAtATerminalCanPractise() throws {
    let session = try TmuxSession()
    defer { session.close() }
    try session.waitFor("frontline>")
    // Tab completes a command and a scenario id.
    session.keys("sta", "Tab")
    try session.waitFor("frontline> start")
    session.keys("late-del", "Tab")
    try session.waitFor("frontline> start late-delivery-refund")
    session.keys("Enter")
    try session.waitFor("late-delivery-refund ›")
    try session.waitFor("Dana Reyes (mood: angry")
    // Ctrl-C clears a half-typed line and the session goes on.
    session.keys("half a thought", "C-c")
    try session.waitFor("late-delivery-refund › ^C")
    #expect(session.isRunning)
    // A reply is scored.
    session.type("I'm so sorry, Dana. You can have a full refund; it takes 3-5 business days.")
    session.keys("Enter")
    try session.waitFor("Feedback:")
    // The up arrow brings the reply back from history.
    session.keys("Up")
    try session.waitFor("late-delivery-refund › I'm so sorry, Dana. You can have a full refund")
    session.keys("C-u")
    // Japanese input reaches the session intact.
    session.type("/kb 返金")
    session.keys("Enter")
    try session.waitFor("Nothing in the knowledge base about '返金'")
    // Ctrl-D in a conversation asks before abandoning; the attempt is kept.
    session.keys("C-d")
    try session.waitFor("Abandon this conversation?")
    session.type("y")
    session.keys("Enter")
    try session.waitFor("Conversation abandoned")
    // Ctrl-D at the empty top-level prompt leaves.
    session.keys("C-d")
    try session.waitUntilExited()
    // libedit writes a space as \040.
    let history = try String(contentsOfFile: session.home + "/state/frontline/history", encoding: .utf8)
      .replacingOccurrences(of: "\\040", with: " ").split(separator: "\n").map(String.init)
    #expect(history.contains("start late-delivery-refund "))
    #expect(history.contains("/kb 返金"))
    #expect(!history.contains("y"), "answers to questions are not kept in the history")
  }
}

/// A frontline session in a detached tmux window.
final class TmuxSession {
  static var available: Bool {
    ["/usr/bin/tmux", "/bin/tmux", "/usr/local/bin/tmux"].contains {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  let name = "frontline-test-\(UUID().uuidString.prefix(8))"
  let home: String

  init() throws {
    home = FileManager.default.temporaryDirectory.appendingPathComponent(name).path
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    let command = [
      "env", "HOME=\(home)", "XDG_STATE_HOME=\(home)/state", "XDG_CONFIG_HOME=\(home)/config",
      "TERM=xterm-256color",
      "LANG=C.UTF-8", FrontlineProcess.executable, "--trainee", "Tess", "--database",
      "\(home)/progress.sqlite",
      "--library", FrontlineProcess.repository,
    ].map { "'\($0)'" }.joined(separator: " ")
    // The tmux server outlives the call: it must not hold a pipe this process waits on.
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["tmux", "new-session", "-d", "-s", name, "-x", "140", "-y", "50", command]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
  }

  @discardableResult
  static func tmux(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["tmux"] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  func keys(_ keys: String...) { _ = try? Self.tmux(["send-keys", "-t", name] + keys) }

  /// Types text literally (no key names).
  func type(_ text: String) { _ = try? Self.tmux(["send-keys", "-t", name, "-l", text]) }

  var screen: String { (try? Self.tmux(["capture-pane", "-p", "-J", "-t", name, "-S", "-200"])) ?? "" }

  var isRunning: Bool { ((try? Self.tmux(["has-session", "-t", name])) != nil) && !screen.isEmpty }

  struct Timeout: Error, CustomStringConvertible {
    var description: String
  }

  func waitFor(_ text: String, seconds: Double = 10) throws {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if screen.contains(text) { return }
      usleep(50_000)
    }
    throw Timeout(description: "'\(text)' did not appear. Screen:\n\(screen)")
  }

  func waitUntilExited(seconds: Double = 10) throws {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if (try? Self.tmux(["list-sessions", "-F", "#{session_name}"]))?.contains(name) != true { return }
      usleep(50_000)
    }
    throw Timeout(description: "the session did not end")
  }

  func close() {
    _ = try? Self.tmux(["kill-session", "-t", name])
    try? FileManager.default.removeItem(atPath: home)
  }
}
