import ArgumentParser
import Foundation
import FrontlineModel
import FrontlineReports
import FrontlineTerminal

extension Frontline {
  /// `frontline report`: the team at a glance.
  struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Report on the team: one row per trainee, the most-missed criteria, what waits for a leader.",
      discussion: """
        Examples:
          frontline report --since 2026-11-01 --until 2026-11-30 --sort empathy
          frontline report --format csv --output team.csv
        Trends compare with the period of equal length before --since; with no period, the last 30
        days with the 30 days before.
        """)

    @Option(help: "The first day of the period (YYYY-MM-DD, UTC).")
    var since: Day?

    @Option(help: "The last day of the period (YYYY-MM-DD, UTC).")
    var until: Day?

    @Option(help: "Report on one trainee in depth instead of the team.")
    var trainee: String?

    @Option(help: "Report on one scenario across the team instead.", completion: LibraryCompletion.scenarios)
    var scenario: String?

    @Option(help: "Only trainees at this level (a level id from the ladder).")
    var level: String?

    @Option(help: "Order: name, level, attempts, pass-rate, empathy, accuracy, routing, trend, last-active.")
    var sort: TeamSort = .name

    @Option(help: "Output format: text, csv, json or html.")
    var format: ReportFormat = .text

    @Flag(
      help:
        "Start CSV with a byte-order mark, for spreadsheets that need one to read UTF-8 (Excel on Windows).")
    var bom = false

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var libraryOptions: LibraryOptions

    func validate() throws {
      if let since, let until, until.end <= since.start { throw ValidationError("--until is before --since") }
      if trainee != nil && scenario != nil { throw ValidationError("--trainee or --scenario, not both") }
      if bom && format != .csv { throw ValidationError("--bom is for --format csv") }
      if (trainee != nil || scenario != nil) && format == .csv {
        throw ValidationError(
          "--format csv is for the team report; a trainee or scenario report is text or json, and a trainee's also html"
        )
      }
      if scenario != nil && format == .html {
        throw ValidationError("a scenario report is written as text or json")
      }
    }

    func run() throws {
      let console = Output.standard()
      let library = try libraryOptions.load(output: console).library
      if let level, let ladder = library.ladder, ladder.level(level) == nil {
        throw CLIError.usage(
          "unknown level '\(TerminalText.oneLine(level))'; levels: \(ladder.levels.map(\.id).joined(separator: ", "))"
        )
      }
      let categories = library.categories
      if trainee != nil || scenario != nil {
        try drillDown(categories: categories, library: library, console: console)
        return
      }
      let store = try storeOptions.open(readOnly: true)
      let report = try TeamReportBuilder(
        store: store, ladder: library.ladder, categories: categories,
        passMark: library.sharedPassMark, languages: library.scenarioLanguages
      )
      .build(since: since?.start, until: until?.end, level: level)
      .sorted(by: sort, levels: library.ladder?.levels.map(\.id) ?? [])
      let text: String
      switch format {
      case .text: text = report.textLines().joined(separator: "\n") + "\n"
      case .csv: text = report.csv(bom: bom)
      case .json: text = try JSONOutput.encode(report) + "\n"
      case .html:
        // A coaching section per trainee of the table, from their latest attempts.
        let coaching = try report.rows.map {
          try TraineeReport.read(
            trainee: $0.trainee, from: store, categories: categories, languages: library.scenarioLanguages,
            attemptsRead: TraineeReport.attemptsReadForTheTeam)
        }
        text = HTMLReport.render(report, coaching: coaching, languages: library.scenarioLanguages)
      }
      try ReportDestination.write(text, to: output, console: console)
    }

    private func drillDown(categories: [String], library: Library, console: Output) throws {
      let store = try storeOptions.open(readOnly: true)
      let text: String
      if let trainee = try TraineeName.ifGiven(trainee, by: "--trainee")?.text {
        guard try store.trainees().contains(trainee) else {
          throw CLIError.usage(
            "no trainee '\(trainee)' in \(TerminalText.oneLine(storeOptions.shown)); `frontline report` lists them"
          )
        }
        let report = try TraineeReport.read(
          trainee: trainee, from: store, categories: categories, languages: library.scenarioLanguages)
        switch format {
        case .json: text = try JSONOutput.encode(report) + "\n"
        case .html: text = HTMLReport.render(report, languages: library.scenarioLanguages)
        default: text = report.textLines().joined(separator: "\n") + "\n"
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
          ? try JSONOutput.encode(report) + "\n" : report.textLines().joined(separator: "\n") + "\n"
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
      throw CLIError.unreadable(path, "cannot be written: \(error.localizedDescription)")
    }
    console.error("Wrote \(TerminalText.oneLine(path)).")
  }
}
