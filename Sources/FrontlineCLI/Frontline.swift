import ArgumentParser
import FrontlineText

/// The `frontline` command: practice, authoring checks and team reports for contact-center training.
public struct Frontline: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "frontline",
    abstract: Interface.localizer(HelpText.rootAbstract),
    discussion: Interface.localizer(HelpText.rootDiscussion),
    version: "0.1.0",
    subcommands: [
      Practice.self, List.self, Score.self, Progress.self, History.self, LadderCommand.self, Review.self,
      Dispute.self, Promote.self, Report.self, Export.self, Rubric.self, Validate.self, New.self, Schema.self,
      Admin.self,
    ],
    defaultSubcommand: Practice.self
  )

  public init() {}
}
