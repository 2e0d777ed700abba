import ArgumentParser
import Foundation
import FrontlineTerminal

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
      let message = TerminalText.sanitize(fullMessage(for: error))
      if !message.isEmpty {
        let stream = code == .success ? FileHandle.standardOutput : FileHandle.standardError
        stream.write(Data((message + "\n").utf8))
      }
      Foundation.exit(code.rawValue)
    }
  }
}
