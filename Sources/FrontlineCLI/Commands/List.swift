import ArgumentParser
import FrontlineLoading
import FrontlineModel
import FrontlineReports
import FrontlineTerminal
import FrontlineText

extension Frontline {
  /// `frontline list`: the scenarios of the library.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the practice scenarios.",
      discussion: "Filter by kind (complaint, escalation, upsell, inquiry) and language (en, ja, ...).")

    @Option(help: "Only scenarios of this kind: complaint, escalation, upsell or inquiry.")
    var kind: ScenarioKind?

    @Option(help: "Only scenarios in this language (a BCP 47 tag such as en or ja).")
    var language: String?

    @Option(help: "Output format: text or json.")
    var format: DataFormat = .text

    @OptionGroup var libraryOptions: LibraryOptions

    func run() throws {
      let output = Output.standard()
      let library = try libraryOptions.load(output: output).library
      try ScenarioList(scenarios: library.scenarios(kind: kind, language: language)).write(
        format, to: output, localizer: Interface.localizer)
    }
  }
}

extension ScenarioKind: ExpressibleByArgument {}
extension DataFormat: ExpressibleByArgument {}
