import Foundation
import FrontlineModel
import FrontlineScoring
import FrontlineTerminal
import FrontlineText

/// Writes an explained score for a person: the verdict, category bars, each criterion with its
/// evidence, and coaching tips for what was missed.
public struct ScoreFormatter {
  let style: TextStyle
  let localizer: Localizer

  public init(style: TextStyle, localizer: Localizer) {
    self.style = style
    self.localizer = localizer
  }

  /// The score as lines for a person: verdict, category bars, each criterion with its evidence and tip.
  public func lines(_ score: ReplyScore, title: String? = nil) -> [String] {
    var lines: [String] = []
    let verdict =
      score.passed
      ? style.bold(style.green(localizer(CommonText.pass)))
      : style.bold(style.red(localizer(CommonText.fail)))
    let heading = title.map { "\(style.bold($0))  " } ?? ""
    let points = localizer(CommonText.scoreOutOf100, ["score": style.bold(localizer.number(score.score))])
    lines.append(
      "\(heading)\(verdict) \(points)"
        + localizer(CommandText.passMark, ["passMark": localizer.number(score.passMark)]))
    for name in score.categoryOrder {
      let value = score.category(name)
      let label = TerminalText.padded(localizer.category(name), to: 10)
      if let value {
        let text = TerminalText.leftPadded(localizer.number(value), to: 4)
        lines.append("  \(label) \(text)  \(bar(value))")
      } else {
        let none = TerminalText.leftPadded(localizer(CommonText.notApplicable), to: 4)
        lines.append("  \(label) \(none)  \(style.dim(localizer(CommandText.nothingToJudge)))")
      }
    }
    for result in score.criteria where result.possible > 0 || (result.applicable && !result.met) {
      lines.append(contentsOf: criterionLines(result))
    }
    for note in score.notes {
      lines.append(style.yellow("  " + localizer(CommandText.scoreNote, ["note": note])))
    }
    return lines
  }

  private func criterionLines(_ original: CriterionResult) -> [String] {
    // Descriptions and tips come from files, evidence from what the trainee typed: shown, never obeyed.
    var result = original
    result.description = TerminalText.oneLine(result.description)
    result.evidence = result.evidence.map { TerminalText.oneLine($0) }
    result.note = result.note.map { TerminalText.oneLine($0) }
    result.tip = result.tip.map { TerminalText.oneLine($0) }
    let points = "\(localizer.number(result.points))/\(localizer.number(result.possible))"
    let critical = result.critical ? style.red(localizer(CommandText.critical)) : ""
    let category = localizer.category(result.category)
    guard result.applicable else {
      let values = [
        "description": result.description, "category": category,
        "note": result.note ?? localizer(CommandText.doesNotApply),
      ]
      return [style.dim("  – " + localizer(CommandText.criterionNotApplicable, values))]
    }
    let owner = style.dim(localizer(CommandText.criterionPoints, ["category": category, "points": points]))
    var lines: [String] = []
    if result.met {
      lines.append(
        "  \(style.green("✓")) "
          + localizer(CommandText.criterion, ["description": result.description, "points": owner]))
      if let evidence = result.evidence { lines.append("      \(style.green(quoted(evidence)))") }
    } else {
      let mark = result.points > 0 ? style.yellow("~") : style.red("✗")
      lines.append(
        "  \(mark) " + localizer(CommandText.criterion, ["description": result.description, "points": owner])
          + critical)
      if let evidence = result.evidence { lines.append("      \(style.red(quoted(evidence)))") }
      if let note = result.note { lines.append(style.dim("      \(note)")) }
      if let tip = result.tip { lines.append("      \(style.cyan(localizer(CommandText.tip))) \(tip)") }
    }
    return lines
  }

  /// What the trainee wrote, in the quotation marks of the interface: “…”, 「…」.
  private func quoted(_ text: String) -> String { localizer(CommandText.quoted, ["text": text]) }

  private func bar(_ value: Double) -> String {
    let filled = ReportNumber.whole(min(max(value, 0), 100) / 10) ?? 0
    let text = String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
    return value >= 70 ? style.green(text) : value >= 50 ? style.yellow(text) : style.red(text)
  }
}
