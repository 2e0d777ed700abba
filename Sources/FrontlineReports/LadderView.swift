import FrontlineHistory
import FrontlineModel
import FrontlineProgress
import FrontlineTerminal

/// The career ladder as `frontline ladder` and the REPL's `ladder` show it: each level with its
/// titles, what it takes and whether a team leader approves it; the trainee's own level marked.
public struct LadderView {
  let ladder: Ladder
  let standing: LadderStanding?

  public init(ladder: Ladder, standing: LadderStanding?) {
    self.ladder = ladder
    self.standing = standing
  }

  /// The ladder as lines for a person. `progressCommand` is how the reader asks for their progress
  /// (`frontline progress` on the command line, `progress` in the REPL).
  public func lines(style: TextStyle, progressCommand: String = "frontline progress") -> [String] {
    var lines: [String] = []
    for (index, level) in ladder.levels.enumerated() {
      let here = standing?.level == level.id
      let titles = level.titles["ja"].map { "\(level.title()) / \($0)" } ?? level.title()
      let marker = here ? style.green("▶") : " "
      lines.append(
        "\(marker) \(index + 1). \(here ? style.bold(titles) : titles)\(level.needsApproval ? style.dim("  (a team leader approves)") : "")"
      )
      if let description = level.description { lines.append(style.dim("      \(description)")) }
      let requirements = LadderEvaluator.progress(toward: level, finished: [AttemptRecord]())
      for requirement in requirements { lines.append("      – \(requirement.description)") }
    }
    if let standing, let next = standing.nextLevelTitle {
      lines.append("")
      lines.append(
        "\(LevelSentence.holds(TerminalText.sanitize(standing.trainee), title: standing.levelTitle)); "
          + "`\(progressCommand)` shows what \(next) takes.")
    }
    return lines
  }
}
