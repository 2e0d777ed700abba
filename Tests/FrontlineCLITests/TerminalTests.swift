import Foundation
import FrontlineTestSupport
import Testing

/// The real terminal path, driven through tmux as a person would: the prompt, a scored reply, Tab
/// completion of a scenario id, Ctrl-C, history recalled with the up arrow, Japanese input, and
/// Ctrl-D. The test command installs tmux where it is missing.
@Suite(.enabled(if: TmuxSession.available, "tmux is not installed"), .serialized)
struct TerminalTests {
  @Test(.timeLimit(.minutes(2))) func aPersonAtATerminalCanPractise() async throws {
    try await TmuxSession.run { try await practise(in: $0) }
  }

  /// A locale that is not UTF-8 (`LC_ALL=C`), or one the system lacks, leaves line editing reading
  /// UTF-8 all the same: a Japanese reply is scored, not a crash.
  @Test(.timeLimit(.minutes(2)), arguments: ["C", "xx_XX.UTF-8"])
  func aJapaneseReplyIsReadWhateverTheLocale(locale: String) async throws {
    try await TmuxSession.run(environment: ["LC_ALL": locale]) { session in
      try await session.waitFor("frontline>")
      await session.type("start defective-kettle-ja")
      await session.keys("Enter")
      try await session.waitFor("defective-kettle-ja ›")
      await session.type("佐藤様、ご不便をおかけして申し訳ございません。新品と無償で交換いたします。")
      await session.keys("Enter")
      try await session.waitFor("Feedback:")
      await session.type("/quit")
      await session.keys("Enter")
      try await session.waitUntilExited()
    }
  }

  @Test(.timeLimit(.minutes(2))) func closingAnExamEarlyAsksAndThenFails() async throws {
    try await TmuxSession.run { session in
      try await session.waitFor("frontline>")
      await session.type("start late-delivery-refund --exam")
      await session.keys("Enter")
      try await session.waitFor("late-delivery-refund (exam) ›")
      await session.type("I'm so sorry, Dana. You can have a full refund; it takes 3-5 business days.")
      await session.keys("Enter")
      try await session.waitFor("Reply recorded")
      await session.type("/end")
      await session.keys("Enter")
      try await session.waitFor("it fails the exam. Close anyway? [y/N]")
      await session.type("y")
      await session.keys("Enter")
      try await session.waitFor("── Conversation over: ended-early ──")
      try await session.waitFor("Result: FAIL")
      try await session.waitForPrompt()
      await session.keys("C-d")
      try await session.waitUntilExited()
    }
  }

  /// A letter of several paragraphs, typed at the prompt up to a line holding only `.`.
  @Test(.timeLimit(.minutes(2))) func aLetterIsComposedAtThePrompt() async throws {
    try await TmuxSession.run(environment: ["VISUAL": "", "EDITOR": ""]) { session in
      try await composeAndLeave(in: session) {
        try await session.waitFor("end it with a line holding only .")
        for line in ["Hi Dana,", "", "I'm so sorry your headphones are late.", "", Self.refundLine, "."] {
          await session.type(line)
          await session.keys("Enter")
        }
      }
    }
  }

  /// With `VISUAL` set, `/compose` opens that editor on a file and sends what it leaves there.
  @Test(.timeLimit(.minutes(2))) func aLetterIsComposedInTheEditor() async throws {
    let script = FileManager.default.temporaryDirectory.appendingPathComponent(
      "editor-\(UUID().uuidString).sh")
    try """
    #!/bin/sh
    printf 'Hi Dana,\\n\\nI am so sorry your headphones are late.\\n\\n\(Self.refundLine)\\n' > "$1"
    """.write(to: script, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script.path)
    defer { try? FileManager.default.removeItem(at: script) }
    try await TmuxSession.run(environment: ["VISUAL": script.path]) { session in
      try await composeAndLeave(in: session) {
        try await session.waitFor("  I am so sorry your headphones are late.")
      }
    }
  }

  /// Starts late-delivery-refund, types `/compose`, lets `write` write the letter, waits for its
  /// feedback, then abandons and leaves.
  private func composeAndLeave(in session: TmuxSession, write: () async throws -> Void) async throws {
    try await session.waitFor("frontline>")
    await session.type("start late-delivery-refund")
    await session.keys("Enter")
    try await session.waitFor("late-delivery-refund ›")
    await session.type("/compose")
    await session.keys("Enter")
    try await write()
    try await session.waitFor("Feedback:")
    await session.keys("C-d")
    try await session.waitFor("Abandon this conversation?")
    await session.type("y")
    await session.keys("Enter")
    try await session.waitForPrompt()
    await session.keys("C-d")
    try await session.waitUntilExited()
  }

  static let refundLine = "You can have a full refund to your card; it takes 3-5 business days."

  private func practise(in session: TmuxSession) async throws {
    try await session.waitFor("frontline>")
    // Tab completes a command and a scenario id.
    await session.keys("sta", "Tab")
    try await session.waitFor("frontline> start")
    await session.keys("late-del", "Tab")
    try await session.waitFor("frontline> start late-delivery-refund")
    await session.keys("Enter")
    try await session.waitFor("late-delivery-refund ›")
    try await session.waitFor("Dana Reyes (mood: angry")
    // Ctrl-C clears a half-typed line and the session goes on.
    await session.keys("half a thought", "C-c")
    try await session.waitFor("late-delivery-refund › ^C")
    #expect(await session.isRunning)
    // A reply is scored.
    await session.type("I'm so sorry, Dana. You can have a full refund; it takes 3-5 business days.")
    await session.keys("Enter")
    try await session.waitFor("Feedback:")
    // The up arrow brings the reply back from history.
    await session.keys("Up")
    try await session.waitFor("late-delivery-refund › I'm so sorry, Dana. You can have a full refund")
    await session.keys("C-u")
    // Japanese input reaches the session intact.
    await session.type("/kb 返金")
    await session.keys("Enter")
    try await session.waitFor("Nothing in the knowledge base about '返金'")
    // Ctrl-D in a conversation asks before abandoning; the attempt is kept.
    await session.keys("C-d")
    try await session.waitFor("Abandon this conversation?")
    await session.type("y")
    await session.keys("Enter")
    try await session.waitFor("Conversation abandoned")
    // Ctrl-D at the empty top-level prompt leaves.
    try await session.waitForPrompt()
    await session.keys("C-d")
    try await session.waitUntilExited()
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

  let name: String
  let home: String

  private init(name: String, home: String) {
    self.name = name
    self.home = home
  }

  /// Starts frontline in a new detached tmux session, in a home folder of its own, as `trainee` (asked
  /// for when `nil`), with `environment` added.
  static func start(trainee: String? = "Tess", environment: [String: String] = [:]) async throws
    -> TmuxSession
  {
    let name = "frontline-test-\(UUID().uuidString.prefix(8))"
    let home = FileManager.default.temporaryDirectory.appendingPathComponent(name).path
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    let session = TmuxSession(name: name, home: home)
    let words =
      [
        "env", "HOME=\(home)", "XDG_STATE_HOME=\(home)/state", "XDG_CONFIG_HOME=\(home)/config",
        "TERM=xterm-256color", "FRONTLINE_TRAINEE=",
      ] + environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } + [
        "LANG=C.UTF-8", FrontlineProcess.executable,
      ] + (trainee.map { ["--trainee", $0] } ?? []) + [
        "--database", "\(home)/progress.sqlite", "--library", FrontlineProcess.repository,
      ]
    let command = words.map { "'\($0)'" }.joined(separator: " ")
    try await tmux(["new-session", "-d", "-s", name, "-x", "140", "-y", "50", command])
    return session
  }

  /// Runs `body` on a new session and closes it whatever happens.
  static func run(
    trainee: String? = "Tess", environment: [String: String] = [:], _ body: (TmuxSession) async throws -> Void
  ) async throws {
    let session = try await start(trainee: trainee, environment: environment)
    do {
      try await body(session)
    } catch {
      await session.close()
      throw error
    }
    await session.close()
  }

  @discardableResult
  static func tmux(_ arguments: [String]) async throws -> String {
    try await ChildProcess.run("/usr/bin/env", ["tmux"] + arguments, seconds: 30).stdout
  }

  func keys(_ keys: String...) async { _ = try? await Self.tmux(["send-keys", "-t", name] + keys) }

  /// Types text literally (no key names).
  func type(_ text: String) async { _ = try? await Self.tmux(["send-keys", "-t", name, "-l", text]) }

  var screen: String {
    get async { (try? await Self.tmux(["capture-pane", "-p", "-J", "-t", name, "-S", "-200"])) ?? "" }
  }

  var isRunning: Bool {
    get async {
      guard let sessions = try? await Self.tmux(["list-sessions", "-F", "#{session_name}"]) else {
        return false
      }
      return sessions.split(separator: "\n").contains { $0 == name }
    }
  }

  struct Timeout: Error, CustomStringConvertible {
    var description: String
  }

  /// Waits for `text` on the screen. The wait is long because the test machine may be busy with other
  /// tests; a screen that is right returns at once.
  func waitFor(_ text: String, seconds: Double = 60) async throws {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if await screen.contains(text) { return }
      try await Task.sleep(for: .milliseconds(50))
    }
    throw Timeout(description: "'\(text)' did not appear. Screen:\n\(await screen)")
  }

  /// Waits until the last line on the screen is `prompt` with nothing typed after it: line editing is
  /// reading, so keys sent now reach it (a key sent while the program is busy may be read as
  /// something else).
  func waitForPrompt(_ prompt: String = "frontline>", seconds: Double = 60) async throws {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      let lines = await screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      if lines.last(where: { !$0.isEmpty }) == prompt { return }
      try await Task.sleep(for: .milliseconds(50))
    }
    throw Timeout(description: "the prompt '\(prompt)' did not come back. Screen:\n\(await screen)")
  }

  func waitUntilExited(seconds: Double = 60) async throws {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if await !isRunning { return }
      try await Task.sleep(for: .milliseconds(50))
    }
    throw Timeout(description: "the session did not end. Screen:\n\(await screen)")
  }

  func close() async {
    _ = try? await Self.tmux(["kill-session", "-t", name])
    try? FileManager.default.removeItem(atPath: home)
  }
}
