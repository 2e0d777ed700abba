import Foundation
import FrontlineREPL
import FrontlineReports
import FrontlineTerminal

/// Who is practising: `--trainee`, else the login on a PostgreSQL server, else `FRONTLINE_TRAINEE`,
/// else the name given last time, else asked once and remembered in
/// `$XDG_CONFIG_HOME/frontline/trainee`.
enum TraineeIdentity {
  static func rememberedPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    let base =
      environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (NSHomeDirectory() as NSString).appendingPathComponent(".config")
    return ((base as NSString).appendingPathComponent("frontline") as NSString).appendingPathComponent(
      "trainee")
  }

  /// The trainee named without asking: `--trainee`, else the server login (the server records a
  /// login's attempts under no other name), else `FRONTLINE_TRAINEE`.
  static func given(_ explicit: String?, login: String?) -> String? {
    clean(explicit ?? login ?? ProcessInfo.processInfo.environment["FRONTLINE_TRAINEE"])
  }

  static func resolve(explicit: String?, login: String?, reader: LineReader, output: Output) -> String? {
    if let name = given(explicit, login: login) { return name }
    let path = rememberedPath()
    if let saved = try? String(contentsOfFile: path, encoding: .utf8), let name = clean(saved) { return name }
    output.line(
      "Welcome to Frontline. What is your name? (It labels your progress; you are asked only once.)")
    while true {
      switch reader.readLine(prompt: "Your name: ", remember: false) {
      case .line(let text):
        guard let name = clean(text) else { continue }
        try? FileManager.default.createDirectory(
          atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try? (name + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return name
      case .interrupted: continue
      case .endOfInput: return nil
      }
    }
  }

  private static func clean(_ name: String?) -> String? {
    guard let name = name?.trimmingCharacters(in: .whitespacesAndNewlines), !name.isEmpty else { return nil }
    return String(TerminalText.oneLine(name).prefix(80))
  }
}
