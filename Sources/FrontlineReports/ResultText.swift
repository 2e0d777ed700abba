import FrontlineHistory
import FrontlineModel
import FrontlineScoring
import FrontlineTerminal
import FrontlineText

/// An attempt's result as one line of text, the same wherever it is shown: the verdict, the score,
/// and, for a verdict the score alone would not give, why.
public enum ResultText {
  /// The effective result: "PASS 85.2", "FAIL 86 — ended early", "FAIL 83.3 — verdict overridden by Lee".
  /// `turns` are the attempt's scored replies.
  public static func effective(_ attempt: AttemptRecord, turns: [ReplyScore], localizer: Localizer) -> String
  {
    guard let score = attempt.score, let passed = attempt.passed else {
      return localizer(ProgressText.unfinished)
    }
    let text = verdict(passed, score, localizer: localizer)
    return reason(attempt, turns: turns, localizer: localizer).map { "\(text) — \($0)" } ?? text
  }

  /// The result as first recorded: "FAIL 68.4".
  public static func original(_ attempt: AttemptRecord, localizer: Localizer) -> String {
    let score = attempt.originalScore.map(localizer.number) ?? "-"
    return "\(localizer(attempt.originalPassed == true ? CommonText.pass : CommonText.fail)) \(score)"
  }

  /// A verdict and its score: "PASS 85.2", "合格 85.2".
  public static func verdict(_ passed: Bool, _ score: Double, localizer: Localizer) -> String {
    "\(localizer(passed ? CommonText.pass : CommonText.fail)) \(localizer.number(score))"
  }

  /// Why an attempt fails whatever its score, in a few words: "ended early", "途中で終了しました".
  public static func failure(_ failure: AttemptGrade.Failure, localizer: Localizer) -> String {
    switch failure {
    case .noReply: localizer(CommonText.failureNoReply)
    case .criticalCriterion: localizer(CommonText.failureCritical)
    case .customerLost: localizer(CommonText.failureLost)
    case .endedEarly: localizer(CommonText.failureEndedEarly)
    }
  }

  /// Why the verdict is not the one the score and the pass mark give, when that is so.
  static func reason(_ attempt: AttemptRecord, turns: [ReplyScore], localizer: Localizer) -> String? {
    if attempt.verdictOverridden {
      guard let reviewer = attempt.overriddenBy else { return localizer(ProgressText.overriddenByTeamLeader) }
      return localizer(ProgressText.overriddenBy, ["reviewer": TerminalText.sanitize(reviewer)])
    }
    guard attempt.passed == false, let outcome = attempt.outcome else { return nil }
    return AttemptGrade.failure(turns: turns, outcome: outcome).map { failure($0, localizer: localizer) }
  }
}
