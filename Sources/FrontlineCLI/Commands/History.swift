import ArgumentParser
import FrontlineHistory
import FrontlineReports
import FrontlineTerminal
import FrontlineText

extension Frontline {
  /// `frontline history`: a trainee's attempts, newest first.
  struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List a trainee's attempts, newest first, unfinished ones included.")

    @OptionGroup var traineeOption: TraineeOption

    @Option(help: "Show at most this many attempts.")
    var limit: Int?

    @Option(help: "Output format: text, json or csv.")
    var format: HistoryFormat = .text

    @Flag(
      help:
        "Start CSV with a byte-order mark, for spreadsheets that need one to read UTF-8 (Excel on Windows).")
    var bom = false

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
      if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
      if bom && format != .csv { throw ValidationError("--bom is for --format csv") }
    }

    func run() throws {
      let output = Output.standard()
      let attempts = try storeOptions.open(readOnly: true).attempts(
        trainee: try traineeOption.name(login: storeOptions.login), limit: limit)
      try HistoryTable(attempts: attempts).write(format, bom: bom, to: output, localizer: Interface.localizer)
    }
  }
}

extension HistoryFormat: ExpressibleByArgument {}
