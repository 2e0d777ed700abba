import ArgumentParser
import FrontlineHistory
import FrontlineProgress
import FrontlineReports
import FrontlineTerminal
import FrontlineText

extension Frontline {
  /// `frontline progress`: where a trainee stands and what the next rung takes.
  struct Progress: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: Interface.localizer(HelpText.progressAbstract))

    @OptionGroup var traineeOption: TraineeOption

    @Option(help: ArgumentHelp(Interface.localizer(HelpText.formatTextOrJSON)))
    var format: DataFormat = .text

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var libraryOptions: LibraryOptions

    func run() throws {
      let output = Output.standard()
      let trainee = try traineeOption.name(login: storeOptions.login)
      let (library, ladder) = try libraryOptions.loadWithLadder(output: output)
      let store = try storeOptions.open()
      let attempts = try store.attempts(trainee: trainee, limit: nil)
      let standing = try ProgressService(store: store, ladder: ladder, localizer: Interface.localizer)
        .standing(
          of: trainee, attempts: attempts)
      let report = ProgressReport(
        standing: standing, averages: CategoryAverage.compute(attempts, categories: library.categories),
        attempts: attempts, localizer: Interface.localizer)
      try report.write(format, to: output)
    }
  }
}
