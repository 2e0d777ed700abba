import ArgumentParser
import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineTerminal
import FrontlineText

extension Frontline {
  /// `frontline dispute`: a trainee contests the grade of an attempt.
  struct Dispute: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: Interface.localizer(HelpText.disputeAbstract))

    @Argument(help: ArgumentHelp(Interface.localizer(HelpText.attemptID)))
    var attempt: Int64

    @Option(help: ArgumentHelp(Interface.localizer(HelpText.disputeReason)))
    var reason: String

    @Option(
      help: ArgumentHelp(Interface.localizer(HelpText.disputeTrainee)))
    var trainee: String?

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
      if reason.trimmingCharacters(in: .whitespaces).isEmpty {
        throw ValidationError(Interface.localizer(ReviewText.disputeReasonNeeded))
      }
    }

    func run() throws {
      let localizer = Interface.localizer
      let store = try storeOptions.open()
      let record = try store.attempt(attempt)
      if let name = try TraineeIdentity.given(trainee, login: storeOptions.login), name.text != record.trainee
      {
        throw CLIError.usage(
          localizer(
            ReviewText.notYourAttempt,
            ["attempt": String(attempt), "trainee": TerminalText.oneLine(record.trainee)]))
      }
      let id = try store.recordDispute(attempt: attempt, reason: reason, at: Date())
      Output.standard().line(
        localizer(ReviewText.disputeRecorded, ["dispute": String(id), "attempt": String(attempt)]))
    }
  }
}
