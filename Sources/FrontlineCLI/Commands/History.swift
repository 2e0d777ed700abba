import ArgumentParser
import FrontlineHistory
import FrontlineReports
import FrontlineTerminal

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

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
      if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
      let output = Output.standard()
      let attempts = try storeOptions.open(readOnly: true).attempts(
        trainee: try traineeOption.name(login: storeOptions.login), limit: limit)
      try HistoryTable(attempts: attempts).write(format, to: output)
    }
  }
}

extension HistoryFormat: ExpressibleByArgument {}
