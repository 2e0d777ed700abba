import Foundation
import Testing

/// A person at a terminal with no name given is asked once; a name that breaks the rule is asked
/// again with why, and a name that cannot be remembered is said so, once, with what to do.
@Suite(.enabled(if: TmuxSession.available, "tmux is not installed"), .serialized)
struct NameAtTerminalTests {
  @Test(.timeLimit(.minutes(2))) func theNameIsAskedCheckedAndRemembered() async throws {
    try await withSession { session in
      try await session.waitFor("What is your name?")
      await session.type("   ")
      await session.keys("Enter")
      try await session.waitFor("That name cannot be used: a name cannot be empty. Try again.")
      await session.type(String(repeating: "x", count: 81))
      await session.keys("Enter")
      try await session.waitFor("a name has at most 80 characters, and this one has 81. Try again.")
      await session.type("田中 花子")
      await session.keys("Enter")
      try await session.waitFor("practising as 田中 花子")
      try await session.waitForPrompt()
      await session.keys("C-d")
      try await session.waitUntilExited()
      let saved = try String(contentsOfFile: session.home + "/config/frontline/trainee", encoding: .utf8)
      #expect(saved == "田中 花子\n")
    }
  }

  @Test(.timeLimit(.minutes(2))) func aNameThatCannotBeRememberedIsSaidSoOnce() async throws {
    let blocker = FileManager.default.temporaryDirectory.appendingPathComponent(
      "frontline-config-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: blocker.path, contents: Data("not a folder".utf8))
    defer { try? FileManager.default.removeItem(at: blocker) }
    try await withSession(environment: ["XDG_CONFIG_HOME": blocker.path]) { session in
      try await session.waitFor("What is your name?")
      await session.type("Dana")
      await session.keys("Enter")
      try await session.waitFor("practising as Dana")
      let screen = await session.screen
      let message =
        "Your name could not be remembered in \(blocker.path)/frontline/trainee: \(blocker.path) is a file, "
        + "not a folder. You will be asked again next time; set FRONTLINE_TRAINEE or pass --trainee"
      #expect(
        screen.replacingOccurrences(of: "\n", with: "").contains(
          message.replacingOccurrences(of: "\n", with: "")), "\(screen)")
      #expect(screen.components(separatedBy: "could not be remembered").count == 2)
      try await session.waitForPrompt()
      await session.keys("C-d")
      try await session.waitUntilExited()
    }
  }

  /// Runs `body` on frontline in tmux, with no trainee given, and closes the session whatever happens.
  private func withSession(
    environment: [String: String] = [:], _ body: (TmuxSession) async throws -> Void
  ) async throws {
    try await TmuxSession.run(trainee: nil, environment: environment, body)
  }
}
