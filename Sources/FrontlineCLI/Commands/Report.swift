import ArgumentParser
import Foundation
import FrontlineModel
import FrontlineReports
import FrontlineTerminal
import FrontlineText

extension Frontline {
  /// `frontline report`: the team at a glance.
  struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: Interface.localizer(ReportText.helpAbstract),
      discussion: Interface.localizer(ReportText.helpDiscussion))

    @Option(help: ArgumentHelp(Interface.localizer(ReportText.helpSince)))
    var since: Day?

    @Option(help: ArgumentHelp(Interface.localizer(ReportText.helpUntil)))
    var until: Day?

    @Option(help: ArgumentHelp(Interface.localizer(ReportText.helpTrainee)))
    var trainee: String?

    @Option(
      help: ArgumentHelp(Interface.localizer(ReportText.helpScenario)),
      completion: LibraryCompletion.scenarios)
    var scenario: String?

    @Option(help: ArgumentHelp(Interface.localizer(ReportText.helpLevel)))
    var level: String?

    @Option(help: ArgumentHelp(Interface.localizer(ReportText.helpSort)))
    var sort: TeamSort = .name

    @Option(help: ArgumentHelp(Interface.localizer(ReportText.helpFormat)))
    var format: ReportFormat = .text

    @Flag(help: ArgumentHelp(Interface.localizer(ReportText.helpBOM)))
    var bom = false

    @Option(help: ArgumentHelp(Interface.localizer(ReportText.helpOutput), valueName: "file"))
    var output: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var libraryOptions: LibraryOptions

    func validate() throws {
      let localizer = Interface.localizer
      if let since, let until, until.end <= since.start {
        throw ValidationError(localizer(ReportText.untilBeforeSince))
      }
      if trainee != nil && scenario != nil { throw ValidationError(localizer(ReportText.traineeOrScenario)) }
      if bom && format != .csv { throw ValidationError(localizer(CommandText.bomIsForCSV)) }
      if (trainee != nil || scenario != nil) && format == .csv {
        throw ValidationError(localizer(ReportText.csvIsForTheTeam))
      }
      if scenario != nil && format == .html {
        throw ValidationError(localizer(ReportText.scenarioFormats))
      }
    }

    func run() throws {
      let localizer = Interface.localizer
      let console = Output.standard()
      let library = try libraryOptions.load(output: console).library
      if let level, let ladder = library.ladder, ladder.level(level) == nil {
        throw CLIError.usage(
          localizer(
            ReportText.unknownLevel,
            ["level": TerminalText.oneLine(level), "levels": localizer.list(ladder.levels.map(\.id))]))
      }
      let categories = library.categories
      if trainee != nil || scenario != nil {
        try drillDown(categories: categories, library: library, console: console, localizer: localizer)
        return
      }
      let store = try storeOptions.open(readOnly: true)
      let report = try TeamReportBuilder(
        store: store, ladder: library.ladder, categories: categories,
        passMark: library.sharedPassMark, languages: library.scenarioLanguages,
        localizer: localizer
      )
      .build(since: since?.start, until: until?.end, level: level)
      .sorted(by: sort, levels: library.ladder?.levels.map(\.id) ?? [])
      let text: String
      switch format {
      case .text: text = report.textLines(localizer: localizer).joined(separator: "\n") + "\n"
      case .csv: text = report.csv(bom: bom)
      case .json: text = try JSONOutput.encode(report) + "\n"
      case .html:
        // A coaching section per trainee of the table, from their latest attempts.
        let coaching = try report.rows.map {
          try TraineeReport.read(
            trainee: $0.trainee, from: store, categories: categories, languages: library.scenarioLanguages,
            attemptsRead: TraineeReport.attemptsReadForTheTeam)
        }
        text = HTMLReport.render(
          report, coaching: coaching, languages: library.scenarioLanguages, localizer: localizer)
      }
      try ReportDestination.write(text, to: output, console: console)
    }

    private func drillDown(categories: [String], library: Library, console: Output, localizer: Localizer)
      throws
    {
      let store = try storeOptions.open(readOnly: true)
      let text: String
      if let trainee = try TraineeName.ifGiven(trainee, by: "--trainee")?.text {
        guard try store.trainees().contains(trainee) else {
          throw CLIError.usage(
            localizer(
              ReportText.noSuchTrainee,
              ["trainee": trainee, "store": TerminalText.oneLine(storeOptions.shown)]))
        }
        let report = try TraineeReport.read(
          trainee: trainee, from: store, categories: categories, languages: library.scenarioLanguages)
        switch format {
        case .json: text = try JSONOutput.encode(report) + "\n"
        case .html:
          text = HTMLReport.render(report, languages: library.scenarioLanguages, localizer: localizer)
        default: text = report.textLines(localizer: localizer).joined(separator: "\n") + "\n"
        }
      } else if let scenario {
        _ = try library.requireScenario(scenario)
        let report = ScenarioReport.make(
          scenario: scenario, attempts: try store.finishedAttempts(scenario: scenario),
          missed: try store.missedCriteria(scenario: scenario, limit: 10).map {
            MissedCriterion($0, languages: library.scenarioLanguages)
          },
          steps: try store.stepOutcomes(scenario: scenario))
        text =
          format == .json
          ? try JSONOutput.encode(report) + "\n"
          : report.textLines(localizer: localizer).joined(separator: "\n") + "\n"
      } else {
        return
      }
      try ReportDestination.write(text, to: output, console: console)
    }
  }
}

/// The formats `report` writes.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
  case text, csv, json, html
}

extension TeamSort: ExpressibleByArgument {}

/// Standard output, or a file written whole (never half-written).
enum ReportDestination {
  static func write(_ text: String, to path: String?, console: Output) throws {
    guard let path else {
      console.write(text)
      return
    }
    do {
      try text.write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
      // The system's reason stays as the system gives it.
      throw CLIError.unreadable(
        path, Interface.localizer(ReportText.cannotBeWritten, ["reason": error.localizedDescription]))
    }
    console.error(Interface.localizer(ReportText.wrote, ["path": TerminalText.oneLine(path)]))
  }
}
