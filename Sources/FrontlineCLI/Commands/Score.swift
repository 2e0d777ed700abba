import ArgumentParser
import FrontlineModel
import FrontlineScoring
import FrontlineTerminal
import FrontlineText

extension Frontline {
  /// `frontline score`: scores replies to a scenario's step and explains every point.
  struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: Interface.localizer(HelpText.scoreAbstract),
      discussion: Interface.localizer(HelpText.scoreDiscussion))

    @Argument(
      help: ArgumentHelp(Interface.localizer(HelpText.scoreScenario)), completion: LibraryCompletion.scenarios
    )
    var scenario: String

    @Option(help: ArgumentHelp(Interface.localizer(HelpText.scoreStep)), completion: LibraryCompletion.steps)
    var step: String?

    @Option(help: ArgumentHelp(Interface.localizer(HelpText.scoreResponse)))
    var response: String?

    @Option(
      help: ArgumentHelp(Interface.localizer(HelpText.scoreResponsesFile), valueName: "file.jsonl"))
    var responsesFile: String?

    @Option(
      help: ArgumentHelp(Interface.localizer(HelpText.scoreRoute)),
      completion: LibraryCompletion.departments)
    var route: String?

    @Option(help: ArgumentHelp(Interface.localizer(HelpText.formatTextOrJSON)))
    var format: DataFormat = .text

    @OptionGroup var libraryOptions: LibraryOptions

    func validate() throws {
      if (response == nil) == (responsesFile == nil) {
        throw ValidationError(Interface.localizer(CommandText.responseOrFile))
      }
      if responsesFile != nil && route != nil {
        throw ValidationError(Interface.localizer(CommandText.routeWithFile))
      }
    }

    func run() throws {
      let output = Output.standard()
      let library = try libraryOptions.load(output: output).library
      let scorecard = try library.compiledScorecard(scenario: scenario, step: step)
      let runner = ScoreRunner(
        library: library, scorecard: scorecard, format: format, output: output, localizer: Interface.localizer
      )
      if let response {
        try runner.scoreOne(response, route: try library.checkRoute(route))
      } else if let responsesFile {
        if try !runner.scoreFile(responsesFile) { throw ExitCode(1) }
      }
    }
  }
}
