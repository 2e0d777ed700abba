import ArgumentParser
import FrontlineLoading
import FrontlineModel
import FrontlineScoring
import FrontlineTerminal
import FrontlineText

extension Frontline.Rubric {
  /// `frontline rubric test`: runs every example of every rubric and scenario step.
  struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: Interface.localizer(HelpText.rubricTestAbstract),
      discussion: Interface.localizer(HelpText.rubricTestDiscussion))

    @Argument(
      help: ArgumentHelp(Interface.localizer(HelpText.rubricTestPaths), valueName: "path"))
    var paths: [String] = []

    @Flag(help: ArgumentHelp(Interface.localizer(HelpText.rubricTestVerbose)))
    var verbose = false

    @OptionGroup var libraryOptions: LibraryOptions

    func run() throws {
      let output = Output.standard()
      let localizer = Interface.localizer
      let folder = try libraryOptions.folder()
      let content = LibraryLocator.contentPaths(of: folder)
      let result = LibraryLoader.load(
        paths: paths.isEmpty ? content : paths, contextPaths: paths.isEmpty ? [] : content)
      if result.errorCount > 0 {
        for diagnostic in result.diagnostics where diagnostic.severity == .error {
          output.error(diagnostic.formatted)
        }
        output.error(localizer(CommandText.fixErrorsFirst))
        throw ExitCode(1)
      }
      // Only the files named (or the whole library); the rest is context for references.
      let rubricIDs = result.rubricPaths.filter { result.isChecked($0.value) }.keys.sorted()
      let scenarioIDs = result.scenarioPaths.filter { result.isChecked($0.value) }.keys.sorted()
      let run = RubricTester.run(library: result.library, rubricIDs: rubricIDs, scenarioIDs: scenarioIDs)
      let report = RubricTestReport(
        outcomes: run.outcomes, failures: run.failures, verbose: verbose, localizer: localizer)
      report.write(to: output)
      if !report.allAgree { throw ExitCode(1) }
    }
  }
}
