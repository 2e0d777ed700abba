import FrontlineTerminal

/// A list of commands with what each does, the descriptions lined up by display width: the REPL's
/// `help` and `/help`.
enum HelpTable {
  /// `  command   description` lines; a description's further lines (after a newline) continue
  /// under its first.
  static func lines(_ rows: [(command: String, description: String)]) -> [String] {
    let width = (rows.map { TerminalText.width(of: $0.command) }.max() ?? 0) + 2
    return rows.flatMap { row in
      let parts = row.description.split(separator: "\n", omittingEmptySubsequences: false)
      let first = "  " + TerminalText.padded(row.command, to: width) + (parts.first.map(String.init) ?? "")
      return [first] + parts.dropFirst().map { String(repeating: " ", count: width + 2) + $0 }
    }
  }
}
