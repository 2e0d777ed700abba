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

  /// The transcript as lines for a person, in `localizer`'s language; the scenario's own words
  /// (titles, the customer's messages, the reply, evidence) are shown as recorded.
  public func lines(style: TextStyle, columns: Int = 100, localizer: Localizer) -> [String] {
    let safe = { TerminalText.sanitize($0) }
    func wrap(_ text: String, _ indent: String) -> [String] {
      safe(text).split(separator: "\n", omittingEmptySubsequences: false).flatMap {
        TerminalText.wrap(indent + $0, columns: columns, indent: indent)
      }
    }
    let number = localizer.number
    let separator = localizer(CommonText.separator)
    let when = { (date: Date) in localizer.dateTime(date) }
    var facts = [
      attempt.scenario, localizer.kind(attempt.kind),
      localizer(ReviewText.difficulty, ["difficulty": String(attempt.difficulty)]),
      localizer(attempt.mode == .exam ? CommonText.examMode : CommonText.practiceMode),
    ]
    if attempt.variant != ScenarioVariant.main {
      facts.append(localizer(ReviewText.variant, ["variant": safe(attempt.variant)]))
    }
    facts.append(
      when(attempt.startedAt) + separator + Self.status(attempt.status, localizer)
        + (attempt.outcome.map {
          localizer(ReviewText.outcomeInBrackets, ["outcome": localizer.outcome($0)])
        }
          ?? ""))
    var lines = [
      style.bold(
        localizer(
          ReviewText.transcriptHeading,
          [
            "attempt": String(attempt.id), "trainee": safe(attempt.trainee),
            "title": safe(attempt.scenarioTitle),
          ])),
      facts.joined(separator: separator),
    ]
    if let passed = attempt.passed {
      let text = ResultText.effective(attempt, turns: turns.map(\.score), localizer: localizer)
      var result = localizer(ReviewText.result, ["result": passed ? style.green(text) : style.red(text)])
      if attempt.overridden {
        result += style.yellow(
          localizer(
            ReviewText.overriddenOriginally, ["original": ResultText.original(attempt, localizer: localizer)])
        )
      }
      lines.append(result)
    }
    if attempt.outcome == .endedEarly { lines += wrap(localizer(ReviewText.endedEarlyExplained), "") }
    for turn in turns {
      lines.append("")
      var heading = [
        localizer(ReviewText.turn, ["turn": String(turn.index + 1)]), turn.step,
        localizer(ReviewText.seconds, ["seconds": number(turn.elapsed)]),
      ]
      if turn.hintsUsed > 0 { heading.append(localizer(ReviewText.hintsUsed, count: turn.hintsUsed)) }
      lines.append(style.bold(heading.joined(separator: separator)))
      if !turn.lookups.isEmpty {
        let topics = turn.lookups.map {
          $0.isEmpty ? localizer(ReviewText.topicList) : localizer(ReviewText.quotedTopic, ["topic": $0])
        }
        lines += wrap(localizer(ReviewText.lookedUp, ["topics": localizer.list(topics)]), "  ")
      }
      for message in turn.customerMessages {
        lines += wrap(localizer(ReviewText.customerSaid, ["text": message]), "  ")
      }
      lines += wrap(localizer(ReviewText.replyWas, ["text": turn.reply]), "  ")
      lines.append(
        "  " + localizer(ReviewText.route, ["route": turn.route ?? localizer(ReviewText.noTransfer)]))
      lines += ScoreFormatter(style: style, localizer: localizer).lines(turn.score).map { "  " + $0 }
    }
    if !reviews.isEmpty || !disputes.isEmpty { lines.append("") }
    for dispute in disputes {
      let state =
        dispute.decision.map { localizer(ReviewText.settled, ["decision": Self.decision($0, localizer)]) }
        ?? style.yellow(localizer(ReviewText.open))
      lines += wrap(
        localizer(
          ReviewText.disputeLine,
          [
            "dispute": String(dispute.id), "trainee": dispute.trainee, "when": when(dispute.recordedAt),
            "state": state, "reason": dispute.reason,
          ]), "")
    }
    for review in reviews {
      var text = localizer(
        ReviewText.reviewLine, ["reviewer": review.reviewer, "when": when(review.recordedAt)])
      if let decision = review.decision {
        text += localizer(ReviewText.reviewDecision, ["decision": Self.decision(decision, localizer)])
      }
      var changes = review.categoryOverrides.sorted { $0.key < $1.key }.map {
        localizer(ReviewText.change, ["category": localizer.category($0.key), "score": number($0.value)])
      }
      if let passed = review.passedOverride {
        changes.append(localizer(passed ? ReviewText.passedChangedToTrue : ReviewText.passedChangedToFalse))
      }
      if !changes.isEmpty { text += localizer(ReviewText.changes, ["changes": localizer.list(changes)]) }
      if let reason = review.reason { text += localizer(ReviewText.why, ["reason": reason]) }
      if let note = review.note { text += localizer(ReviewText.note, ["note": note]) }
      lines += wrap(text, "")
    }
    return lines
  }

  /// An attempt's status.
  static func status(_ status: AttemptStatus, _ localizer: Localizer) -> String {
    switch status {
    case .inProgress: localizer(ReviewText.inProgress)
    case .finished: localizer(ReviewText.finished)
    case .abandoned: localizer(ReviewText.abandoned)
    case .interrupted: localizer(ReviewText.interrupted)
    }
  }

  /// A team leader's decision on a dispute: `accepted`, `受理`.
  public static func decision(_ decision: DisputeDecision, _ localizer: Localizer) -> String {
    switch decision {
    case .accepted: localizer(ReviewText.accepted)
    case .rejected: localizer(ReviewText.rejected)
    }
  }
}
