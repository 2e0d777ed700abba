import ArgumentParser
import FrontlineHistory
import FrontlineReports
import FrontlineTerminal
import FrontlineText

extension Frontline {
  /// `frontline history`: a trainee's attempts, newest first.
  struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: Interface.localizer(HelpText.historyAbstract))

    @OptionGroup var traineeOption: TraineeOption

    @Option(help: ArgumentHelp(Interface.localizer(HelpText.historyLimit)))
    var limit: Int?

    @Option(help: ArgumentHelp(Interface.localizer(HelpText.historyFormat)))
    var format: HistoryFormat = .text

    @Flag(
      help: ArgumentHelp(Interface.localizer(HelpText.bom)))
    var bom = false

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
      if let limit, limit < 1 { throw ValidationError(Interface.localizer(CommandText.limitAtLeastOne)) }
      if bom && format != .csv { throw ValidationError(Interface.localizer(CommandText.bomIsForCSV)) }
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
