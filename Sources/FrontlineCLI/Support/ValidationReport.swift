import FrontlineLoading
import FrontlineReports
import FrontlineTerminal
import FrontlineText

/// The diagnostics of `frontline validate`, as compiler-style lines or JSON.
struct ValidationReport {
  let result: LibraryLoader.Result
  let localizer: Localizer

  /// One diagnostic as `validate --format json` writes it.
  struct Entry: Encodable {
    var severity: String
    var file: String
    var line: Int?
    var column: Int?
    var message: String
    var path: String
  }

  /// The summary and diagnostics as `validate --format json` writes them.
  struct Document: Encodable {
    var files: Int
    var errors: Int
    var warnings: Int
    var diagnostics: [Entry]
  }

  func write(_ format: DataFormat, to output: Output) throws {
    switch format {
    case .json:
      let entries = result.diagnostics.map {
        Entry(
          severity: $0.severity.rawValue, file: $0.file, line: $0.location?.line, column: $0.location?.column,
          message: $0.message, path: $0.path.description)
      }
      output.line(
        try JSONOutput.encode(
          Document(
            files: result.fileCount, errors: result.errorCount, warnings: result.warningCount,
            diagnostics: entries)))
    case .text:
      let style = output.style
      for diagnostic in result.diagnostics {
        // Messages quote what files say; a file must not be able to drive the terminal.
        var line = TerminalText.oneLine(diagnostic.formatted)
        if style.colors {
          let label = "\(diagnostic.severity.rawValue):"
          let colored = diagnostic.severity == .error ? style.red(label) : style.yellow(label)
          if let range = line.range(of: " \(label) ") {
            line.replaceSubrange(range, with: " \(style.bold(colored)) ")
          }
        }
        output.line(line)
      }
      output.line(summary(style: style))
    }
  }

  /// The one-line summary, e.g. `Checked 22 files: 2 errors and 1 warning in 2 files.`
  func summary(style: TextStyle) -> String {
    let files = localizer(CommandText.fileCount, count: result.fileCount)
    let errors = result.errorCount
    let warnings = result.warningCount
    if errors == 0 && warnings == 0 {
      return style.green(localizer(CommandText.checkedNoProblems, ["files": files]))
    }
    let affected = Set(result.diagnostics.map(\.file)).count
    var parts: [String] = []
    if errors > 0 { parts.append(localizer(CommandText.errorCount, count: errors)) }
    if warnings > 0 { parts.append(localizer(CommandText.warningCount, count: warnings)) }
    let problems =
      parts.count == 2
      ? localizer(CommandText.errorsAndWarnings, ["errors": parts[0], "warnings": parts[1]]) : parts[0]
    let text = localizer(
      CommandText.checkedWithProblems,
      ["files": files, "problems": problems, "affected": localizer(CommandText.fileCount, count: affected)])
    return errors > 0 ? style.red(text) : style.yellow(text)
  }
}
