import ArgumentParser
import FrontlineLoading
import FrontlineScoring
import FrontlineTerminal
import FrontlineText

extension Frontline {
  /// `frontline validate`: every problem in every authored file.
  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: Interface.localizer(HelpText.validateAbstract),
      discussion: Interface.localizer(HelpText.validateDiscussion))

    @Argument(help: ArgumentHelp(Interface.localizer(HelpText.validatePaths), valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp(Interface.localizer(HelpText.formatTextOrJSON)))
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
