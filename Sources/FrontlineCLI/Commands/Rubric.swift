import ArgumentParser
import FrontlineText

extension Frontline {
  /// `frontline rubric`: tools for trainers to prove a rubric grades like an experienced QA lead.
  struct Rubric: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: Interface.localizer(HelpText.rubricAbstract),
      subcommands: [Test.self, Calibrate.self])
  }
}
