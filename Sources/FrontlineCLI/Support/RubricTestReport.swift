import FrontlineModel
import FrontlineScoring
import FrontlineTerminal

/// The table `frontline rubric test` prints: example, expected, actual, what decided it.
struct RubricTestReport {
  let outcomes: [RubricTester.Outcome]
  let failures: [RubricTester.Failure]
  let verbose: Bool

  var allAgree: Bool { failures.isEmpty && outcomes.allSatisfy(\.agrees) }

  func write(to output: Output) {
    let style = output.style
    let shown = verbose ? outcomes : outcomes.filter { !$0.agrees }
    let nameWidth = min(48, max(20, shown.map { $0.example.name.count + 2 }.max() ?? 20))
    var owner: String?
    if !shown.isEmpty {
      output.line(style.bold("\(pad("EXAMPLE", nameWidth))  EXPECTED  ACTUAL      DECIDED BY"))
    }
    for outcome in shown {
      let name =
        outcome.rubricID.map { "rubric \($0)" }
        ?? "scenario \(outcome.scenarioID ?? "") · \(outcome.stepID ?? "")"
      if name != owner {
        output.line(style.cyan(name))
        owner = name
      }
      let expected = outcome.example.expectPass ? "pass" : "fail"
      let actual =
        "\(outcome.score.passed ? "pass" : "fail") \(ReportNumber.format(outcome.score.score))"
      let mark = outcome.agrees ? style.green("✓") : style.red("✗")
      output.line(
        "\(mark) \(pad(String(outcome.example.name.prefix(nameWidth - 2)), nameWidth - 2))  \(pad(expected, 8))  "
          + "\(pad(actual, 10))  \(outcome.score.decidedBy)")
      for mismatch in outcome.mismatches { output.line(style.red("    \(mismatch)")) }
    }
    for failure in failures { output.error("error: \(failure.owner): \(failure.message)") }
    let mismatches = outcomes.filter { !$0.agrees }.count
    let summary =
      "\(outcomes.count) examples: \(outcomes.count - mismatches) as expected, \(mismatches) mismatch\(mismatches == 1 ? "" : "es")."
    output.line(mismatches == 0 && failures.isEmpty ? style.green(summary) : style.red(summary))
  }

  private func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }
}
