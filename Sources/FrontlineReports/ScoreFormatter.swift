import Foundation
import FrontlineModel
import FrontlineScoring
import FrontlineTerminal

/// Writes an explained score for a person: the verdict, category bars, each criterion with its
/// evidence, and coaching tips for what was missed.
public struct ScoreFormatter {
  let style: TextStyle

  public init(style: TextStyle) { self.style = style }

  /// The score as lines for a person: verdict, category bars, each criterion with its evidence and tip.
  public func lines(_ score: ReplyScore, title: String? = nil) -> [String] {
    var lines: [String] = []
    let verdict = score.passed ? style.bold(style.green("PASS")) : style.bold(style.red("FAIL"))
    let heading = title.map { "\(style.bold($0))  " } ?? ""
    lines.append(
      "\(heading)\(verdict) \(style.bold(ReportNumber.format(score.score)))/100  (pass mark \(ReportNumber.format(score.passMark)))"
    )
    for name in score.categoryOrder {
      let value = score.category(name)
      let label = TerminalText.padded(name, to: 10)
      if let value {
        let text = TerminalText.leftPadded(ReportNumber.format(value), to: 4)
        lines.append("  \(label) \(text)  \(bar(value))")
      } else {
        lines.append("  \(label)  N/A  \(style.dim("nothing to judge here"))")
      }
    }
    for result in score.criteria where result.possible > 0 || (result.applicable && !result.met) {
      lines.append(contentsOf: criterionLines(result))
    }
    for note in score.notes { lines.append(style.yellow("  Note: \(note)")) }
    return lines
  }

  private func criterionLines(_ original: CriterionResult) -> [String] {
    // Descriptions and tips come from files, evidence from what the trainee typed: shown, never obeyed.
    var result = original
    result.description = TerminalText.oneLine(result.description)
    result.evidence = result.evidence.map { TerminalText.oneLine($0) }
    result.note = result.note.map { TerminalText.oneLine($0) }
    result.tip = result.tip.map { TerminalText.oneLine($0) }
    let points = "\(ReportNumber.format(result.points))/\(ReportNumber.format(result.possible))"
    let critical = result.critical ? style.red(" critical") : ""
    guard result.applicable else {
      return [
        style.dim("  – \(result.description) (\(result.category), N/A: \(result.note ?? "does not apply"))")
      ]
    }
    var lines: [String] = []
    if result.met {
      lines.append(
        "  \(style.green("✓")) \(result.description) \(style.dim("(\(result.category) \(points))"))")
      if let evidence = result.evidence { lines.append("      \(style.green("“\(evidence)”"))") }
    } else {
      let mark = result.points > 0 ? style.yellow("~") : style.red("✗")
      lines.append(
        "  \(mark) \(result.description) \(style.dim("(\(result.category) \(points))"))\(critical)")
      if let evidence = result.evidence { lines.append("      \(style.red("“\(evidence)”"))") }
      if let note = result.note { lines.append(style.dim("      \(note)")) }
      if let tip = result.tip { lines.append("      \(style.cyan("Tip:")) \(tip)") }
    }
    return lines
  }

  private func bar(_ value: Double) -> String {
    let filled = ReportNumber.whole(min(max(value, 0), 100) / 10) ?? 0
    let text = String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
    return value >= 70 ? style.green(text) : value >= 50 ? style.yellow(text) : style.red(text)
  }
}
