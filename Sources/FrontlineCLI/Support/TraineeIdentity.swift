import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineREPL
import FrontlineTerminal

/// Who is practising: `--trainee`, else the login on a PostgreSQL server, else `FRONTLINE_TRAINEE`,
/// else the name given last time, else asked once (only of a person at a terminal) and remembered in
/// `$XDG_CONFIG_HOME/frontline/trainee`. Every name follows the one rule of ``TraineeName``.
enum TraineeIdentity {
  static func rememberedPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    BaseDirectory.config.frontlineFile("trainee", environment: environment)
  }

  /// The trainee named without asking: `--trainee`, else the server login (the server records a
  /// login's attempts under no other name), else `FRONTLINE_TRAINEE` (empty counts as unset). A name
  /// given that breaks the rule is an error, never replaced by the next in line.
  static func given(
    _ explicit: String?, login: String?,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(CLIError) -> TraineeName? {
    if let explicit { return try TraineeName.given(explicit, by: "--trainee") }
    if let login { return try TraineeName.given(login, by: "the server login") }
    if let variable = environment["FRONTLINE_TRAINEE"], !variable.isEmpty {
      return try TraineeName.given(variable, by: "FRONTLINE_TRAINEE")
    }
    return nil
  }

  /// The trainee: given, remembered, or asked when `canAsk` (standard input is a terminal). A script
  /// is never asked: its first line is a command, not a name.
  static func resolve(
    explicit: String?, login: String?, reader: LineReader, output: Output, canAsk: Bool
  ) throws(CLIError) -> TraineeName? {
    if let name = try given(explicit, login: login) { return name }
    let path = rememberedPath()
    if let saved = try? String(contentsOfFile: path, encoding: .utf8) {
      var text = saved
      while text.hasSuffix("\n") { text.removeLast() }
      do { return try TraineeName(text) } catch {
        output.error(
          "The name remembered in \(TerminalText.oneLine(path)) cannot be used: \(error); "
            + (canAsk ? "you are asked again." : "pass --trainee NAME or set FRONTLINE_TRAINEE."))
      }
    }
    guard canAsk else {
      throw CLIError.usage(
        "say who is practising: --trainee NAME, or set FRONTLINE_TRAINEE. Standard input is not a terminal, "
          + "so the name is not asked (a script's lines are commands, not a name).")
    }
    output.line(
      "Welcome to Frontline. What is your name? (It labels your progress; you are asked only once.)")
    while true {
      switch reader.readLine(prompt: "Your name: ", remember: false) {
      case .line(let text):
        let name: TraineeName
        do { name = try TraineeName(text) } catch {
          output.line("That name cannot be used: \(error). Try again.")
          continue
        }
        remember(name, at: path, output: output)
        return name
      case .interrupted: continue
      case .endOfInput: return nil
      }
    }
  }

  /// Writes the name for next time; when it cannot, says so once, with why and what to do instead.
  private static func remember(_ name: TraineeName, at path: String, output: Output) {
    do {
      try FilePlace.write(name.text + "\n", to: path)
    } catch {
      output.error(
        "Your name could not be remembered in \(TerminalText.oneLine(path)): "
          + "\(TerminalText.oneLine(error.description)). You will be asked again next time; "
          + "set FRONTLINE_TRAINEE or pass --trainee to skip the question.")
    }
  }
}
