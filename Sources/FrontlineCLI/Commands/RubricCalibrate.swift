import ArgumentParser
import FrontlineModel
import FrontlineScoring
import FrontlineTerminal
import FrontlineText

extension Frontline.Rubric {
  /// `frontline rubric calibrate`: how well the engine agrees with a person's grades.
  struct Calibrate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: Interface.localizer(HelpText.calibrateAbstract),
      discussion: Interface.localizer(HelpText.calibrateDiscussion))

    @Argument(help: ArgumentHelp(Interface.localizer(HelpText.calibrateScenario)))
    var scenario: String

    @Argument(help: ArgumentHelp(Interface.localizer(HelpText.calibrateLabels), valueName: "labels.jsonl"))
    var labels: String

    @Option(help: ArgumentHelp(Interface.localizer(HelpText.calibrateStep)))
    var step: String?

    @Option(help: ArgumentHelp(Interface.localizer(HelpText.calibrateWorst)))
    var worst = 5

    @Option(help: ArgumentHelp(Interface.localizer(HelpText.formatTextOrJSON)))
    var format: DataFormat = .text

    @OptionGroup var libraryOptions: LibraryOptions

    func run() throws {
      let output = Output.standard()
      let localizer = Interface.localizer
      let library = try libraryOptions.load(output: output).library
      let scorecard = try library.compiledScorecard(scenario: scenario, step: step)
      let file = try ResponsesFile(path: labels, localizer: localizer)
      for problem in file.problems {
        output.error(
          localizer(
            CommandText.fileLineError,
            ["path": labels, "line": String(problem.line), "message": problem.message]))
      }
      let entries = file.entries.map { entry in
        Calibration.Label(
          response: entry.response, route: entry.route, passed: entry.object["passed"] as? Bool,
          categories: (entry.object["categories"] as? [String: Any] ?? [:]).compactMapValues {
            ($0 as? NSNumberLike)?.doubleValue
          },
          line: entry.line)
      }
      let calibration = Calibration(labels: entries, scorecard: scorecard, worst: worst)
      try CalibrationReport(calibration: calibration, scorecard: scorecard.scorecard, localizer: localizer)
        .write(
          format, to: output)
      if !file.problems.isEmpty { throw ExitCode(1) }
    }
  }
}
