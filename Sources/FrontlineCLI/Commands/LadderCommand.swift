import ArgumentParser
import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineProgress
import FrontlineReports
import FrontlineTerminal
import FrontlineText

extension Frontline {
  /// `frontline ladder`: the career ladder, with where a trainee stands on it.
  struct LadderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "ladder", abstract: Interface.localizer(HelpText.ladderAbstract))

    @Option(
      help: ArgumentHelp(Interface.localizer(HelpText.ladderTrainee)))
    var trainee: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var libraryOptions: LibraryOptions

    func run() throws {
      let output = Output.standard()
      let ladder = try libraryOptions.loadWithLadder(output: output).ladder
      var standing: LadderStanding?
      if let name = try TraineeIdentity.given(trainee, login: storeOptions.login)?.text {
        let store = try storeOptions.open()
        standing = try ProgressService(store: store, ladder: ladder, localizer: Interface.localizer)
          .standing(of: name, attempts: try store.attempts(trainee: name, limit: nil))
      }
      for line in LadderView(ladder: ladder, standing: standing, localizer: Interface.localizer).lines(
        style: output.style)
      {
        output.line(line)
      }
    }
  }
}
