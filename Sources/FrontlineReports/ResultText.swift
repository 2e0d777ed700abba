import FrontlineHistory
import FrontlineModel
import FrontlineScoring
import FrontlineTerminal

/// An attempt's result as one line of text, the same wherever it is shown: the verdict, the score,
/// and, for a verdict the score alone would not give, why.
public enum ResultText {
  /// The effective result: "PASS 85.2", "FAIL 86 — ended early", "FAIL 83.3 — verdict overridden by Lee".
  /// `turns` are the attempt's scored replies.
  public static func effective(_ attempt: AttemptRecord, turns: [ReplyScore]) -> String {
    guard let score = attempt.score, let passed = attempt.passed else { return "unfinished" }
    let text = "\(passed ? "PASS" : "FAIL") \(ReportNumber.format(score))"
    return reason(attempt, turns: turns).map { "\(text) — \($0)" } ?? text
  }

  /// The result as first recorded: "FAIL 68.4".
  public static func original(_ attempt: AttemptRecord) -> String {
    "\(attempt.originalPassed == true ? "PASS" : "FAIL") \(attempt.originalScore.map(ReportNumber.format) ?? "-")"
  }

  /// Why the verdict is not the one the score and the pass mark give, when that is so.
  static func reason(_ attempt: AttemptRecord, turns: [ReplyScore]) -> String? {
    if attempt.verdictOverridden {
      return "verdict overridden by \(TerminalText.sanitize(attempt.overriddenBy ?? "a team leader"))"
    }
    guard attempt.passed == false, let outcome = attempt.outcome else { return nil }
    return AttemptGrade.failure(turns: turns, outcome: outcome)
  }
}
