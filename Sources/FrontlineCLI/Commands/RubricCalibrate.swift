import ArgumentParser
import FrontlineModel
import FrontlineScoring
import FrontlineTerminal
import FrontlineText

extension Frontline.Rubric {
  /// `frontline rubric calibrate`: how well the engine agrees with a person's grades.
  struct Calibrate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Compare the engine's grades with a person's: agreement, Cohen's kappa, differences.",
      discussion: """
        LABELS.jsonl has one graded reply per line, every label optional:
          {"response": "...", "route": "billing", "passed": true, "categories": {"empathy": 80}}
        """)

    @Argument(help: "The scenario id.")
    var scenario: String

    @Argument(help: ArgumentHelp("The labelled replies, as JSON Lines.", valueName: "labels.jsonl"))
    var labels: String

    @Option(help: "The step the replies answer (default: the first).")
    var step: String?

    @Option(help: "How many of the worst disagreements to show.")
    var worst = 5

    @Option(help: "Output format: text or json.")
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
