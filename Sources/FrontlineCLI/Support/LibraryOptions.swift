import ArgumentParser
import FrontlineLoading
import FrontlineModel
import FrontlineTerminal
import FrontlineText

/// The `--library` option shared by every command that reads scenarios.
struct LibraryOptions: ParsableArguments {
  @Option(
    name: .long, help: ArgumentHelp(Interface.localizer(HelpText.library), valueName: "path"))
  var library: String?

  /// The library folder, or a clear error.
  func folder() throws -> String {
    do {
      return try LibraryLocator.locate(explicit: library)
    } catch {
      throw CLIError.usage(error.description)
    }
  }

  /// Loads the library; files with errors are left out, with one line on standard error saying so.
  func load(output: Output) throws -> LibraryLoader.Result {
    let result = LibraryLoader.load(paths: LibraryLocator.contentPaths(of: try folder()))
    if result.errorCount > 0 {
      let files = Set(result.diagnostics.filter { $0.severity == .error }.map(\.file)).count
      output.error(Interface.localizer(CommandText.filesLeftOut, count: files))
    }
    return result
  }

  /// Loads the library and its career ladder, or says what is missing.
  func loadWithLadder(output: Output) throws -> (library: Library, ladder: Ladder) {
    let library = try load(output: output).library
    guard let ladder = library.ladder else {
      throw CLIError.usage(Interface.localizer(CommandText.noLadder, ["folder": try folder()]))
    }
    return (library, ladder)
  }
}
