import ArgumentParser
import FrontlineLoading
import FrontlineScoring
import FrontlineTerminal
import FrontlineText

extension Frontline {
  /// `frontline validate`: every problem in every authored file.
  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check scenarios, rubrics, the ladder and the department catalog.",
      discussion: """
        Reports every problem in every file as path:line:column: error: message (at json.path), then a \
        summary. Exits with status 1 when there is an error; warnings do not fail. With no paths, checks the \
        bundled scenarios/ and rubrics/; named files are checked against the rest of the library. Every \
        step's exemplar is scored on its own step: one that does not pass is an error, since trainees are \
        shown it as a model reply.
        """)

    @Argument(help: ArgumentHelp("Files or folders to check (default: the library).", valueName: "path"))
    var paths: [String] = []

    @Option(help: "Output format: text or json.")
    var format: DataFormat = .text

    @OptionGroup var libraryOptions: LibraryOptions

    func run() throws {
      let output = Output.standard()
      let result: LibraryLoader.Result
      if paths.isEmpty {
        result = LibraryLoader.load(
          paths: LibraryLocator.contentPaths(of: try libraryOptions.folder()),
          exemplarCheck: ExemplarCheck.problem)
      } else {
        let context = (try? libraryOptions.folder()).map(LibraryLocator.contentPaths) ?? []
        result = LibraryLoader.load(paths: paths, contextPaths: context, exemplarCheck: ExemplarCheck.problem)
      }
      try ValidationReport(result: result, localizer: Interface.localizer).write(format, to: output)
      if result.errorCount > 0 { throw ExitCode(1) }
    }
  }
}
