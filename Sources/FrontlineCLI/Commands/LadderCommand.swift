import ArgumentParser
import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineProgress
import FrontlineREPL

extension Frontline {
  /// `frontline ladder`: the career ladder, with where a trainee stands on it.
  struct LadderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "ladder", abstract: "Show the career ladder and, with a trainee, where they stand on it.")

    @Option(
      help: "Mark where this trainee stands (default: the server login, else FRONTLINE_TRAINEE, if set).")
    var trainee: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var libraryOptions: LibraryOptions

    func run() throws {
      let output = Output.standard()
      let ladder = try libraryOptions.loadWithLadder(output: output).ladder
      var standing: LadderStanding?
      if let name = TraineeIdentity.given(trainee, login: storeOptions.login) {
        let store = try storeOptions.open()
        standing = try ProgressService(store: store, ladder: ladder)
          .standing(of: name, attempts: try store.attempts(trainee: name, limit: nil))
      }
      let style = output.style
      for (index, level) in ladder.levels.enumerated() {
        let here = standing?.level == level.id
        let titles = level.titles["ja"].map { "\(level.title()) / \($0)" } ?? level.title()
        let marker = here ? style.green("▶") : " "
        output.line(
          "\(marker) \(index + 1). \(here ? style.bold(titles) : titles)\(level.needsApproval ? style.dim("  (a team leader approves)") : "")"
        )
        if let description = level.description { output.line(style.dim("      \(description)")) }
        let requirements = LadderEvaluator.progress(toward: level, finished: [AttemptRecord]())
        for requirement in requirements { output.line("      – \(requirement.description)") }
      }
      if let standing, let next = standing.nextLevelTitle {
        output.line("")
        output.line(
          "\(standing.trainee) is a \(standing.levelTitle); `frontline progress` shows what \(next) takes.")
      }
    }
  }
}
