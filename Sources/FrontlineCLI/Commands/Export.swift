import ArgumentParser
import Foundation
import FrontlineReports
import FrontlineTerminal

extension Frontline {
  /// `frontline export --xapi`: finished attempts for a learning record store.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Export finished attempts as xAPI statements (a JSON array) for a learning record store.")

    @Flag(help: "xAPI statements (the only export so far).")
    var xapi = false

    @Option(help: "Only attempts started on or after this day (YYYY-MM-DD, UTC).")
    var since: Day?

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var libraryOptions: LibraryOptions

    func validate() throws {
      if !xapi { throw ValidationError("say what to export: --xapi") }
    }

    func run() throws {
      let console = Output.standard()
      let library = try libraryOptions.load(output: console).library
      let categories = library.categories
      let attempts = try storeOptions.open(readOnly: true).reportAttempts(categories: categories)
        .filter { attempt in since.map { attempt.startedAt >= $0.start } ?? true }
      try ReportDestination.write(
        try XAPIExport.statements(attempts, categories: categories) + "\n", to: output, console: console)
    }
  }
}
