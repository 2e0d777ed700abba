import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineREPL
import FrontlineTerminal
import FrontlineText

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
    if let login {
      return try TraineeName.given(login, by: Interface.localizer(CommandText.sourceServerLogin))
    }
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
    let localizer = Interface.localizer
    let path = rememberedPath()
    if let saved = try? String(contentsOfFile: path, encoding: .utf8) {
      var text = saved
      while text.hasSuffix("\n") { text.removeLast() }
      do { return try TraineeName(text) } catch {
        output.error(
          localizer(
            canAsk ? CommandText.rememberedNameAskedAgain : CommandText.rememberedNameUnusable,
            ["path": TerminalText.oneLine(path), "error": "\(error)"]))
      }
    }
    guard canAsk else {
      throw CLIError.usage(localizer(CommandText.whoIsPractising))
    }
    output.line(localizer(CommandText.welcome))
    while true {
      switch reader.readLine(prompt: localizer(CommandText.namePrompt), remember: false) {
      case .line(let text):
        let name: TraineeName
        do { name = try TraineeName(text) } catch {
          output.line(localizer(CommandText.nameUnusable, ["error": "\(error)"]))
          continue
        }
        remember(name, at: path, output: output, localizer: localizer)
        return name
      case .interrupted: continue
      case .endOfInput: return nil
      }
    }
  }

  /// Writes the name for next time; when it cannot, says so once, with why and what to do instead.
  private static func remember(_ name: TraineeName, at path: String, output: Output, localizer: Localizer) {
    do {
      try FilePlace.write(name.text + "\n", to: path)
    } catch {
      output.error(
        localizer(
          CommandText.nameNotRemembered,
          ["path": TerminalText.oneLine(path), "error": TerminalText.oneLine(error.description)]))
    }
  }
}
