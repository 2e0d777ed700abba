/// Reviews, disputes, promotions, the review queue and transcripts.
public enum ReviewText: String, MessageKey {
  public static var area: String { "review" }

  // How long something has waited: `3 days`, `3日`.
  case underAMinute, minutes, hours, days, weeks

  // `review --queue`.
  /// The heading of open disputes, with their `{count}`.
  case openDisputes
  /// `attempt #12 — Sam: the reason`.
  case queuedDispute
  case unreviewedFailedExams, promotionsWaiting
  /// When an item began to wait and for how long: `disputed 2026-11-20 14:05, waiting 3 days`.
  case disputedAt, finishedAt, readyAt
  /// The placeholder for a reviewer's name in a command to copy: `NAME`.
  case namePlaceholder
  /// The commands that clear an item of the queue.
  case settleHint, reviewHint, promoteHint

  // A transcript (`review ID`).
  /// `Attempt #12 — Sam — Late delivery`.
  case transcriptHeading
  case difficulty, variant
  /// An outcome after the status: ` (resolved)`.
  case outcomeInBrackets
  // Scenario kinds.
  // Attempt statuses.
  case inProgress, finished, abandoned, interrupted
  // Outcomes.
  case result
  /// After an overridden result: ` (overridden; originally FAIL 68.4)`.
  case overriddenOriginally
  /// What an attempt that ended early means.
  case endedEarlyExplained
  case turn, seconds
  /// How many hints a turn used.
  case hintsUsed
  case lookedUp
  /// A lookup without a topic: the list of topics was asked for.
  case topicList
  case quotedTopic
  case customerSaid, replyWas, route, noTransfer
  // Disputes and reviews in a transcript.
  case disputeLine
  /// A settled dispute's state: `settled: accepted`.
  case settled
  /// A dispute settled without a recorded decision.
  case settledAlone
  case open
  case accepted, rejected
  case reviewLine
  /// After a review's heading: ` — dispute accepted`.
  case reviewDecision
  /// A category's new score: `empathy → 80`.
  case change
  case passedChangedToTrue, passedChangedToFalse
  /// The changes after a review's heading: `: empathy → 80, passed → true`.
  case changes
  /// A review's reason: `. Why: …`.
  case why
  /// A review's note: `. Note: …`.
  case note

  // Recording a review (`review ID --reviewer …`).
  case attemptOrQueue, acceptOrReject, reviewerNeeded, reasonNeeded, disputeNeedsDecision, acceptNeedsOverride
  case overrideForm, passedValue, noSuchCategory, scoreRange
  case reviewRecorded
  /// ` Effective result: PASS 80 (originally FAIL 68.4).`
  case effectiveResult
  case disputeAccepted, disputeRejected
  case alreadySettled, noSuchDispute
  /// After `noSuchDispute`: `; its open disputes: #3, #4`.
  case itsOpenDisputes
  case noOpenDisputeToAccept, noOpenDisputeToReject
  /// With several open disputes and none named: the heading of their list.
  case whichToAccept, whichToReject
  /// `#3 (2026-11-20 14:05): the reason`.
  case openDisputeItem

  // `dispute`.
  case disputeReasonNeeded, notYourAttempt, disputeRecorded

  // `promote`.
  case forceNeedsReason, topOfLadder, unknownLevel, requirementsNotMet, forceHint
  /// The level sentence with who approved: `Sam is now an Agent (approved by Lee).`
  case promotionApproved
  /// The same, for a promotion forced past requirements not met.
  case promotionForced
}
