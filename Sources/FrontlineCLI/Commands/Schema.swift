import ArgumentParser
import FrontlineLoading
import FrontlineTerminal

extension Frontline {
  /// `frontline schema KIND`: the JSON Schema of an authored format.
  struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the JSON Schema of a file format, for editor completion and checks.",
      discussion: "Example: frontline schema scenario > scenario.schema.json")

    @Argument(help: "scenario, rubric, ladder or departments.")
    var kind: AuthoredKind

    func run() {
      Output.standard().line(JSONSchemas.schema(for: kind))
    }
  }
}

extension AuthoredKind: ExpressibleByArgument {}
