import ArgumentParser
import FrontlineHistory
import FrontlineModel
import FrontlineReports
import FrontlineScoring
import FrontlineTerminal
import FrontlineText

/// Turns `review` options into a review record, checking them against the attempt.
struct ReviewRecorder {
  let store: any ProgressStore
  let localizer: Localizer

  func record(
    attempt id: Int64, reviewer: String, overrides: [String], reason: String?, note: String?,
    decision: DisputeDecision?, dispute named: Int64?, output: Output
  ) throws {
    let attempt = try store.attempt(id)
    var categories: [String: Double] = [:]
    var passed: Bool?
    for item in overrides {
      let parts = item.split(separator: "=", maxSplits: 1).map {
        String($0).trimmingCharacters(in: .whitespaces)
      }
      guard parts.count == 2 else {
        throw CLIError.usage(localizer(ReviewText.overrideForm, ["given": item]))
      }
      if parts[0] == "passed" {
        guard let value = Bool(parts[1]) else {
          throw CLIError.usage(localizer(ReviewText.passedValue, ["given": parts[1]]))
        }
        passed = value
        continue
      }
      guard attempt.originalCategories.keys.contains(parts[0]) else {
        let known = localizer.list(attempt.originalCategories.keys.sorted())
        throw CLIError.usage(
          localizer(
            ReviewText.noSuchCategory, ["attempt": String(id), "category": parts[0], "categories": known]))
      }
      guard let value = Double(parts[1]), (0...100).contains(value) else {
        throw CLIError.usage(localizer(ReviewText.scoreRange, ["given": parts[1]]))
      }
      categories[parts[0]] = value
    }
    let dispute = try decision.map { try settled(named, of: id, decision: $0) }
    // The overall score and verdict that follow from the new category scores, by the attempt's own
    // formula over its turns.
    let turns = try store.turns(attempt: id).map(\.score)
    var grade: AttemptGrade?
    if !categories.isEmpty {
      grade = AttemptGrade(
        turns: turns, outcome: attempt.outcome ?? .resolved,
        passMark: turns.first?.passMark ?? Rubric.defaultPassMark, substituting: categories)
    }
    let review = try store.recordReview(
      ReviewRecord(
        attempt: id, reviewer: reviewer, categoryOverrides: categories, passedOverride: passed,
        effectiveScore: grade?.score, effectiveVerdict: grade?.passed, reason: reason,
        note: note, dispute: dispute, decision: decision))
    let now = try store.attempt(id)
    var message = localizer(
      ReviewText.reviewRecorded,
      ["review": String(review), "attempt": String(id), "reviewer": TerminalText.sanitize(reviewer)])
    if now.overridden {
      message += localizer(
        ReviewText.effectiveResult,
        [
          "result": ResultText.effective(now, turns: turns, localizer: localizer),
          "original": ResultText.original(now, localizer: localizer),
        ])
    }
    if let decision, let dispute {
      message += localizer(
        decision == .accepted ? ReviewText.disputeAccepted : ReviewText.disputeRejected,
        ["dispute": String(dispute)])
    }
    output.line(message)
  }
}

extension ReviewRecorder {
  /// The dispute a decision settles: the one named, else the only open one; with several open and
  /// none named, a refusal that lists them.
  func settled(_ named: Int64?, of id: Int64, decision: DisputeDecision) throws -> Int64 {
    let open = try store.disputes(attempt: id).filter(\.isOpen)
    if let named {
      guard open.contains(where: { $0.id == named }) else {
        let all = try store.disputes(attempt: id)
        if let found = all.first(where: { $0.id == named }) {
          let state = found.decision.map { TranscriptReport.decision($0, localizer) }
          throw CLIError.usage(
            localizer(
              ReviewText.alreadySettled,
              [
                "dispute": String(named), "attempt": String(id),
                "state": state ?? localizer(ReviewText.settledAlone),
              ]))
        }
        var message = localizer(ReviewText.noSuchDispute, ["attempt": String(id), "dispute": String(named)])
        if !open.isEmpty {
          message += localizer(
            ReviewText.itsOpenDisputes, ["disputes": localizer.list(open.map { "#\($0.id)" })])
        }
        throw CLIError.usage(message)
      }
      return named
    }
    let accepting = decision == .accepted
    guard let only = open.first else {
      throw CLIError.usage(
        localizer(
          accepting ? ReviewText.noOpenDisputeToAccept : ReviewText.noOpenDisputeToReject,
          ["attempt": String(id)]))
    }
    guard open.count == 1 else {
      let list = open.map {
        localizer(
          ReviewText.openDisputeItem,
          [
            "dispute": String($0.id), "when": localizer.dateTime($0.recordedAt),
            "reason": TerminalText.sanitize($0.reason),
          ])
      }
      let heading = localizer(
        accepting ? ReviewText.whichToAccept : ReviewText.whichToReject, count: open.count,
        ["attempt": String(id)])
      throw CLIError.usage(([heading] + list.map { "  " + $0 }).joined(separator: "\n"))
    }
    return only.id
  }
}
