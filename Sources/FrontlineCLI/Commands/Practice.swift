import ArgumentParser
import Foundation
import FrontlineLoading
import FrontlineREPL
import FrontlineTerminal
import FrontlineText

extension Frontline {
  /// `frontline practice` (and `frontline` alone): the practice REPL.
  struct Practice: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: Interface.localizer(HelpText.practiceAbstract),
      discussion: Interface.localizer(HelpText.practiceDiscussion))

    @Option(
      help: ArgumentHelp(Interface.localizer(HelpText.practiceTrainee)))
    var trainee: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var libraryOptions: LibraryOptions

    func run() throws {
      let interactive =
        isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        && ProcessInfo.processInfo.environment["TERM"] != "dumb"
      let output = Output.standard()
      let reader: LineReader =
        interactive ? EditLineReader(historyPath: EditLineReader.defaultHistoryPath()) : PlainLineReader()
      let loaded = try libraryOptions.load(output: output)
      let store = try storeOptions.open()
      guard
        let name = try TraineeIdentity.resolve(
          explicit: trainee, login: storeOptions.login, reader: reader, output: output,
          canAsk: isatty(STDIN_FILENO) == 1)
      else {
        return
      }
      var hashes: [String: String] = [:]
      for scenario in loaded.library.scenarios { hashes[scenario.id] = ContentHash.of(scenario, in: loaded) }
      let session = PracticeSession(
        library: loaded.library, store: store, trainee: name.text, reader: reader, output: output,
        columns: interactive ? Terminal.columns() : 80, localizer: Interface.localizer, contentHashes: hashes,
        editor: interactive ? ExternalEditor.named(in: ProcessInfo.processInfo.environment) : nil)
      session.run()
    }
  }
}
