import FrontlineHistory
import FrontlineModel
import FrontlineProgress
import FrontlineTerminal
import FrontlineText

/// The career ladder as `frontline ladder` and the REPL's `ladder` show it: each level with its
/// titles, what it takes and whether a team leader approves it; the trainee's own level marked.
public struct LadderView {
  let ladder: Ladder
  let standing: LadderStanding?
  let localizer: Localizer

  public init(ladder: Ladder, standing: LadderStanding?, localizer: Localizer) {
    self.ladder = ladder
    self.standing = standing
    self.localizer = localizer
  }

  /// The ladder as lines for a person. `progressCommand` is how the reader asks for their progress
  /// (`frontline progress` on the command line, `progress` in the REPL).
  public func lines(style: TextStyle, progressCommand: String = "frontline progress") -> [String] {
    var lines: [String] = []
    for (index, level) in ladder.levels.enumerated() {
      let here = standing?.level == level.id
      // In English, the Japanese title too where the ladder has one, as the ladder has always shown.
      let own = localizer.title(of: level)
      let other =
        localizer.language == .english ? level.titles["ja"].flatMap { $0 == own ? nil : $0 } : nil
      let titles = other.map { "\(own) / \($0)" } ?? own
      let marker = here ? style.green("▶") : " "
      lines.append(
        "\(marker) \(index + 1). \(here ? style.bold(titles) : titles)\(level.needsApproval ? style.dim("  " + localizer(ProgressText.teamLeaderApproves)) : "")"
      )
      if let description = level.description(in: localizer.language.rawValue) {
        lines.append(style.dim("      \(description)"))
      }
      let requirements = LadderEvaluator.progress(
        toward: level, finished: [AttemptRecord](), localizer: localizer)
      for requirement in requirements { lines.append("      – \(requirement.description)") }
    }
    if let standing, let next = standing.nextLevelTitle {
      lines.append("")
      lines.append(
        localizer(
          ProgressText.ladderHolds,
          [
            "holds": LevelSentence.holds(
              TerminalText.sanitize(standing.trainee), title: standing.levelTitle, localizer: localizer),
            "command": progressCommand, "next": next,
          ]))
    }
    return lines
  }
}
