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
      abstract: "Contest the grade of one of your attempts; a team leader accepts or rejects it.")

    @Argument(help: "The attempt id (see `frontline history`).")
    var attempt: Int64

    @Option(help: "Why the grade is wrong.")
    var reason: String

    @Option(
      help:
        "Who disputes (default: the server login, else FRONTLINE_TRAINEE); only the attempt's trainee may.")
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
