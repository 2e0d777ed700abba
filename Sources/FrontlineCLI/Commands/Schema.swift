import ArgumentParser
import FrontlineLoading
import FrontlineTerminal
import FrontlineText

extension Frontline {
  /// `frontline schema KIND`: the JSON Schema of an authored format.
  struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: Interface.localizer(HelpText.schemaAbstract),
      discussion: Interface.localizer(HelpText.schemaDiscussion))

    @Argument(help: ArgumentHelp(Interface.localizer(HelpText.schemaKind)))
    var kind: AuthoredKind

    func run() {
      Output.standard().line(JSONSchemas.schema(for: kind))
    }
  }
}

extension AuthoredKind: ExpressibleByArgument {}
