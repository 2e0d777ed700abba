import ArgumentParser
import FrontlineModel
import FrontlineScoring
import FrontlineTerminal
import FrontlineText

extension Frontline {
  /// `frontline score`: scores replies to a scenario's step and explains every point.
  struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Score replies to a scenario step and explain every point.",
      discussion: """
        Examples:
          frontline score late-delivery-refund --response "I'm so sorry, Dana..."
          frontline score double-charge-escalation --response "..." --route billing --format json
          frontline score late-delivery-refund --responses-file replies.jsonl --format json
        A responses file has one {"response": "...", "route": "billing"} per line; results come out one \
        per line, in order: output line N is the result of input line N. A line that cannot be scored \
        (a blank one too) gives {"error": "...", "line": N} in its place, is reported on standard error, \
        and the rest are still scored.
        """)

    @Argument(help: "The scenario id (see `frontline list`).", completion: LibraryCompletion.scenarios)
    var scenario: String

    @Option(help: "The step to score (default: the first).", completion: LibraryCompletion.steps)
    var step: String?

    @Option(help: "The reply to score.")
    var response: String?

    @Option(
      help: ArgumentHelp(
        "A JSON Lines file of replies to score (- reads standard input).", valueName: "file.jsonl"))
    var responsesFile: String?

    @Option(
      help: "The department the customer was transferred to (default: no transfer).",
      completion: LibraryCompletion.departments)
    var route: String?

    @Option(help: "Output format: text or json.")
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
