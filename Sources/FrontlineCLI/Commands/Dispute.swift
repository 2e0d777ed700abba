import ArgumentParser
import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineTerminal

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
        throw ValidationError("say why: --reason TEXT")
      }
    }

    func run() throws {
      let store = try storeOptions.open()
      let record = try store.attempt(attempt)
      if let name = try TraineeIdentity.given(trainee, login: storeOptions.login), name.text != record.trainee
      {
        throw CLIError.usage(
          "attempt \(attempt) is \(TerminalText.oneLine(record.trainee))'s; only its trainee can dispute it")
      }
      let id = try store.recordDispute(attempt: attempt, reason: reason, at: Date())
      Output.standard().line(
        "Recorded dispute #\(id) of attempt #\(attempt). A team leader sees it in `frontline review --queue`."
      )
    }
  }
}
