import FrontlineModel
import FrontlineScoring
import FrontlineTerminal
import FrontlineText

/// The table `frontline rubric test` prints: example, expected, actual, what decided it.
struct RubricTestReport {
  let outcomes: [RubricTester.Outcome]
  let failures: [RubricTester.Failure]
  let verbose: Bool
  let localizer: Localizer

  var allAgree: Bool { failures.isEmpty && outcomes.allSatisfy(\.agrees) }

  func write(to output: Output) {
    let style = output.style
    let shown = verbose ? outcomes : outcomes.filter { !$0.agrees }
    // Names by display width: a Japanese one takes two columns a character.
    let nameWidth = min(48, max(20, shown.map { TerminalText.width(of: $0.example.name) + 2 }.max() ?? 20))
    var owner: String?
    if !shown.isEmpty {
      // Headings by display width: a Japanese one takes two columns a character.
      let columns = [
        TerminalText.padded(localizer(CommandText.exampleColumn), to: nameWidth),
        TerminalText.padded(localizer(CommandText.expectedColumn), to: 8),
        TerminalText.padded(localizer(CommandText.actualColumn), to: 10),
        localizer(CommandText.decidedByColumn),
      ]
      output.line(style.bold(columns.joined(separator: "  ")))
    }
    let verdict = { (passed: Bool) in localizer(passed ? CommandText.passed : CommandText.failed) }
    for outcome in shown {
      let name =
        outcome.rubricID.map { localizer(CommandText.rubricOwner, ["rubric": $0]) }
        ?? localizer(
          CommandText.scenarioStepOwner, ["scenario": outcome.scenarioID ?? "", "step": outcome.stepID ?? ""])
      if name != owner {
        output.line(style.cyan(name))
        owner = name
      }
      let expected = verdict(outcome.example.expectPass)
      let actual = "\(verdict(outcome.score.passed)) \(localizer.number(outcome.score.score))"
      let mark = outcome.agrees ? style.green("✓") : style.red("✗")
      output.line(
        "\(mark) \(TerminalText.padded(TerminalText.prefix(outcome.example.name, width: nameWidth - 2), to: nameWidth - 2))  \(TerminalText.padded(expected, to: 8))  "
          + "\(TerminalText.padded(actual, to: 10))  \(outcome.score.decidedBy)")
      for mismatch in outcome.mismatches { output.line(style.red("    \(mismatch)")) }
    }
    for failure in failures {
      output.error(
        localizer(CommandText.exampleFailure, ["owner": failure.owner, "message": failure.message]))
    }
    let mismatches = outcomes.filter { !$0.agrees }.count
    let summary = localizer(
      CommandText.examplesSummary, count: outcomes.count,
      [
        "agreeing": String(outcomes.count - mismatches),
        "mismatches": localizer(CommandText.mismatchCount, count: mismatches),
      ])
    output.line(mismatches == 0 && failures.isEmpty ? style.green(summary) : style.red(summary))
  }
}
