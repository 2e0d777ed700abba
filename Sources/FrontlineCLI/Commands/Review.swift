import ArgumentParser
import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineReports
import FrontlineTerminal
import FrontlineText

extension Frontline {
  /// `frontline review`: read a transcript, override a grade with a reason, settle a dispute, or see
  /// what needs a team leader.
  struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: Interface.localizer(HelpText.reviewAbstract),
      discussion: Interface.localizer(HelpText.reviewDiscussion))

    @Argument(help: ArgumentHelp(Interface.localizer(HelpText.attemptID)))
    var attempt: Int64?

    @Flag(help: ArgumentHelp(Interface.localizer(HelpText.reviewQueue)))
    var queue = false

    @Option(help: ArgumentHelp(Interface.localizer(HelpText.reviewReviewer)))
    var reviewer: String?

    @Option(
      name: .customLong("override"),
      help: ArgumentHelp(Interface.localizer(HelpText.reviewOverride), valueName: "key=value"))
    var overrides: [String] = []

    @Option(help: ArgumentHelp(Interface.localizer(HelpText.reviewReason)))
    var reason: String?

    @Option(help: ArgumentHelp(Interface.localizer(HelpText.reviewNote)))
    var note: String?

    @Flag(help: ArgumentHelp(Interface.localizer(HelpText.reviewAccept)))
    var accept = false

    @Flag(help: ArgumentHelp(Interface.localizer(HelpText.reviewReject)))
    var reject = false

    @Option(
      help: ArgumentHelp(Interface.localizer(HelpText.reviewDispute), valueName: "id"))
    var dispute: Int64?

    @Option(help: ArgumentHelp(Interface.localizer(HelpText.formatTextOrJSON)))
    var format: DataFormat = .text

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var libraryOptions: LibraryOptions

    func validate() throws {
      let localizer = Interface.localizer
      if queue != (attempt == nil) { throw ValidationError(localizer(ReviewText.attemptOrQueue)) }
      if accept && reject { throw ValidationError(localizer(ReviewText.acceptOrReject)) }
      let recording = !overrides.isEmpty || note != nil || accept || reject
      if recording && reviewer == nil { throw ValidationError(localizer(ReviewText.reviewerNeeded)) }
      if (!overrides.isEmpty || accept || reject) && reason == nil {
        throw ValidationError(localizer(ReviewText.reasonNeeded))
      }
      if dispute != nil && !(accept || reject) {
        throw ValidationError(localizer(ReviewText.disputeNeedsDecision))
      }
      if accept && overrides.isEmpty {
        throw ValidationError(localizer(ReviewText.acceptNeedsOverride))
      }
    }

    func run() throws {
      let output = Output.standard()
      let localizer = Interface.localizer
      // Reading a transcript or the queue writes nothing; recording a review does.
      let store = try storeOptions.open(readOnly: reviewer == nil)
      if queue {
        try ReviewQueue(
          store: store, library: try libraryOptions.load(output: output).library, localizer: localizer
        ).write(format, to: output)
        return
      }
      guard let attempt else { return }
      if let reviewer = try TraineeName.ifGiven(reviewer, by: "--reviewer")?.text {
        try ReviewRecorder(store: store, localizer: localizer).record(
          attempt: attempt, reviewer: reviewer, overrides: overrides, reason: reason, note: note,
          decision: accept ? .accepted : reject ? .rejected : nil, dispute: dispute, output: output)
        return
      }
      let report = TranscriptReport(
        attempt: try store.attempt(attempt), turns: try store.turns(attempt: attempt),
        reviews: try store.reviews(attempt: attempt), disputes: try store.disputes(attempt: attempt))
      switch format {
      case .json: output.line(try report.json())
      case .text:
        for line in report.lines(style: output.style, columns: Terminal.columns(), localizer: localizer) {
          output.line(line)
        }
      }
    }
  }
}
