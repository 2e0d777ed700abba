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
      abstract: "Review an attempt: its transcript, overrides with a reason, disputes; or the queue.",
      discussion: """
        Examples:
          frontline review 12
          frontline review 12 --reviewer Lee --override empathy=80 --override passed=true --reason "..."
          frontline review 12 --reviewer Lee --accept --override accuracy=70 --reason "..."
          frontline review 12 --reviewer Lee --reject --dispute 3 --reason "..."
          frontline review --queue
        The original is never changed: each review is a new record with who, when and why. Nobody \
        reviews their own attempts; on a SQLite file, reviewers are the leads recorded with \
        `frontline admin add-lead NAME`.
        """)

    @Argument(help: "The attempt id (see `frontline history`).")
    var attempt: Int64?

    @Flag(help: "List what needs a team leader: open disputes, failed exams, pending promotions.")
    var queue = false

    @Option(help: "Who reviews.")
    var reviewer: String?

    @Option(
      name: .customLong("override"),
      help: ArgumentHelp(
        "A new score for a category (empathy=80) or the verdict (passed=true).", valueName: "key=value"))
    var overrides: [String] = []

    @Option(help: "Why (required with an override or a decision).")
    var reason: String?

    @Option(help: "A note for the trainee or other leaders.")
    var note: String?

    @Flag(help: "Accept the attempt's open dispute (give the corrected scores with --override).")
    var accept = false

    @Flag(help: "Reject the attempt's open dispute (say why with --reason).")
    var reject = false

    @Option(
      help: ArgumentHelp(
        "The dispute to accept or reject, when the attempt has several open.", valueName: "id"))
    var dispute: Int64?

    @Option(help: "Output format: text or json.")
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
