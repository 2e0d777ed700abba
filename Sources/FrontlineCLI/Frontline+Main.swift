import ArgumentParser
import Foundation
import FrontlineTerminal
import FrontlineText

extension Frontline {
  /// Runs the command named on the command line, like ArgumentParser's `main()`, except that the
  /// message it ends with (an error, the help) is terminal-safe text: a name, path or reason taken
  /// from the arguments or the database is shown, never obeyed as an escape sequence.
  public static func main() {
    if case .failure(let refusal) = Interface.process.language {
      FileHandle.standardError.write(Data("Error: \(TerminalText.sanitize(refusal.description))\n".utf8))
      Foundation.exit(ExitCode.validationFailure.rawValue)
    }
    do {
      var command = try parseAsRoot(Interface.process.arguments)
      try command.run()
    } catch {
      let code = exitCode(for: error)
      let message = TerminalText.sanitize(Self.localized(fullMessage(for: error)))
      if !message.isEmpty {
        let stream = code == .success ? FileHandle.standardOutput : FileHandle.standardError
        stream.write(Data((message + "\n").utf8))
      }
      Foundation.exit(code.rawValue)
    }
  }

  /// ArgumentParser's message with its `Error: ` in the interface language; the usage and help it
  /// may add stay as ArgumentParser writes them.
  static func localized(_ message: String) -> String {
    let prefix = "Error: "
    guard Interface.localizer.language != .english, message.hasPrefix(prefix) else { return message }
    return Interface.localizer(CommandText.errorPrefix) + message.dropFirst(prefix.count)
  }
}
