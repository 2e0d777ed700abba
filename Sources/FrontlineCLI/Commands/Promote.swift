import ArgumentParser
import FrontlineHistory
import FrontlineModel
import FrontlineProgress
import FrontlineReports
import FrontlineTerminal
import FrontlineText

extension Frontline {
  /// `frontline promote`: a team leader approves a promotion.
  struct Promote: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: Interface.localizer(HelpText.promoteAbstract),
      discussion: Interface.localizer(HelpText.promoteDiscussion))

    @Argument(help: ArgumentHelp(Interface.localizer(HelpText.promoteTrainee)))
    var trainee: String

    @Option(help: ArgumentHelp(Interface.localizer(HelpText.promoteReviewer)))
    var reviewer: String

    @Option(help: ArgumentHelp(Interface.localizer(HelpText.promoteLevel)))
    var level: String?

    @Flag(help: ArgumentHelp(Interface.localizer(HelpText.promoteForce)))
    var force = false

    @Option(help: ArgumentHelp(Interface.localizer(HelpText.promoteReason)))
    var reason: String?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var libraryOptions: LibraryOptions

    func validate() throws {
      if force && reason == nil { throw ValidationError(Interface.localizer(ReviewText.forceNeedsReason)) }
    }

    func run() throws {
      let localizer = Interface.localizer
      let trainee = try TraineeName.given(self.trainee, by: localizer(CommandText.sourceTrainee)).text
      let reviewer = try TraineeName.given(self.reviewer, by: "--reviewer").text
      let output = Output.standard()
      let ladder = try libraryOptions.loadWithLadder(output: output).ladder
      let store = try storeOptions.open()
      let attempts = try store.attempts(trainee: trainee, limit: nil)
      let standing = try ProgressService(store: store, ladder: ladder, localizer: localizer)
        .standing(of: trainee, attempts: attempts)
      guard let target = level ?? standing.nextLevel else {
        throw CLIError.usage(localizer(ReviewText.topOfLadder, ["trainee": trainee]))
      }
      guard let targetLevel = ladder.level(target) else {
        throw CLIError.usage(
          localizer(
            ReviewText.unknownLevel,
            ["level": TerminalText.oneLine(target), "levels": localizer.list(ladder.levels.map(\.id))]))
      }
      let finished = attempts.filter { $0.status == .finished }.sorted { $0.startedAt > $1.startedAt }
      let missing = LadderEvaluator.progress(
        toward: targetLevel, finished: finished, localizer: localizer
      ).filter { !$0.met }
      if !missing.isEmpty && !force {
        let title = safe(localizer.title(of: targetLevel))
        var message = localizer(ReviewText.requirementsNotMet, ["trainee": trainee, "title": title])
        for requirement in missing {
          message += "\n  - \(safe(requirement.description)): \(safe(requirement.progress))"
        }
        message += "\n" + localizer(ReviewText.forceHint)
        throw CLIError.usage(message)
      }
      try store.recordPromotion(
        PromotionRecord(
          trainee: trainee, level: target, reviewer: reviewer, reason: reason, forced: !missing.isEmpty))
      let sentence = LevelSentence.holds(
        trainee, title: safe(localizer.title(of: targetLevel)), now: true, localizer: localizer)
      output.line(
        localizer(
          missing.isEmpty ? ReviewText.promotionApproved : ReviewText.promotionForced,
          ["sentence": sentence, "reviewer": reviewer]))
    }

    /// Text from the ladder file, shown as text on a terminal.
    private func safe(_ text: String) -> String { TerminalText.oneLine(text) }
  }
}
