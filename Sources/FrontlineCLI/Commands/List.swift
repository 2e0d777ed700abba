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
      abstract: Interface.localizer(HelpText.listAbstract),
      discussion: Interface.localizer(HelpText.listDiscussion))

    @Option(help: ArgumentHelp(Interface.localizer(HelpText.listKind)))
    var kind: ScenarioKind?

    @Option(help: ArgumentHelp(Interface.localizer(HelpText.listLanguage)))
    var language: String?

    @Option(help: ArgumentHelp(Interface.localizer(HelpText.formatTextOrJSON)))
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
