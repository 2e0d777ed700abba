import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineScoring
import FrontlineTerminal
import FrontlineText

/// An attempt turn by turn, for a team leader: the customer's words, the reply, the route, the
/// scores with their evidence, the time taken; then reviews and disputes.
public struct TranscriptReport {
  let attempt: AttemptRecord
  let turns: [TurnRecord]
  let reviews: [ReviewRecord]
  let disputes: [DisputeRecord]

  public init(attempt: AttemptRecord, turns: [TurnRecord], reviews: [ReviewRecord], disputes: [DisputeRecord])
  {
    self.attempt = attempt
    self.turns = turns
    self.reviews = reviews
    self.disputes = disputes
  }

  /// The JSON form.
  struct Document: Encodable {
    var attempt: AttemptRecord
    var turns: [TurnRecord]
    var reviews: [ReviewRecord]
    var disputes: [DisputeRecord]
  }

  public func json() throws -> String {
    try JSONOutput.encode(Document(attempt: attempt, turns: turns, reviews: reviews, disputes: disputes))
  }

  public func lines(style: TextStyle, columns: Int = 100) -> [String] {
    let safe = { TerminalText.sanitize($0) }
    func wrap(_ text: String, _ indent: String) -> [String] {
      safe(text).split(separator: "\n", omittingEmptySubsequences: false).flatMap {
        TerminalText.wrap(indent + $0, columns: columns, indent: indent)
      }
    }
    let number = ReportNumber.format
    var lines = [
      style.bold("Attempt #\(attempt.id) — \(safe(attempt.trainee)) — \(safe(attempt.scenarioTitle))"),
      "\(attempt.scenario) · \(attempt.kind.rawValue) · difficulty \(attempt.difficulty) · \(attempt.mode.rawValue) · "
        + (attempt.variant == ScenarioVariant.main ? "" : "variant \(safe(attempt.variant)) · ")
        + "\(Timestamp.display(attempt.startedAt)) · \(attempt.status.rawValue)"
        + (attempt.outcome.map { " (\($0.rawValue))" } ?? ""),
    ]
    if let passed = attempt.passed {
      let text = ResultText.effective(attempt, turns: turns.map(\.score), localizer: .english)
      var result = "Result: " + (passed ? style.green(text) : style.red(text))
      if attempt.overridden {
        result += style.yellow(
          " (overridden; originally \(ResultText.original(attempt, localizer: .english)))")
      }
      lines.append(result)
    }
    if attempt.outcome == .endedEarly {
      lines += wrap(
        "Ended early: the trainee closed the conversation before it reached an ending; the attempt fails "
          + "and counts towards no level.", "")
    }
    for turn in turns {
      lines.append("")
      lines.append(
        style.bold(
          "Turn \(turn.index + 1) · \(turn.step) · \(number(turn.elapsed)) s"
            + (turn.hintsUsed > 0 ? " · \(turn.hintsUsed) hint\(turn.hintsUsed == 1 ? "" : "s")" : "")))
      if !turn.lookups.isEmpty {
        let topics = turn.lookups.map { $0.isEmpty ? "the list of topics" : "“\($0)”" }
        lines += wrap("Looked up in the knowledge base: " + topics.joined(separator: ", "), "  ")
      }
      for message in turn.customerMessages { lines += wrap("Customer: " + message, "  ") }
      lines += wrap("Reply: " + turn.reply, "  ")
      lines.append("  Route: " + (turn.route ?? "no transfer"))
      lines += ScoreFormatter(style: style).lines(turn.score).map { "  " + $0 }
    }
    if !reviews.isEmpty || !disputes.isEmpty { lines.append("") }
    for dispute in disputes {
      let state = dispute.decision.map { "settled: \($0.rawValue)" } ?? style.yellow("open")
      lines += wrap(
        "Dispute #\(dispute.id) by \(dispute.trainee), \(Timestamp.display(dispute.recordedAt)) (\(state)): \(dispute.reason)",
        "")
    }
    for review in reviews {
      var text = "Review by \(review.reviewer), \(Timestamp.display(review.recordedAt))"
      if let decision = review.decision { text += " — dispute \(decision.rawValue)" }
      var changes = review.categoryOverrides.sorted { $0.key < $1.key }.map {
        "\($0.key) → \(number($0.value))"
      }
      if let passed = review.passedOverride { changes.append("passed → \(passed)") }
      if !changes.isEmpty { text += ": " + changes.joined(separator: ", ") }
      if let reason = review.reason { text += ". Why: \(reason)" }
      if let note = review.note { text += ". Note: \(note)" }
      lines += wrap(text, "")
    }
    return lines
  }
}
