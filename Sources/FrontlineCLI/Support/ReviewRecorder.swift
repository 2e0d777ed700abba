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
        throw CLIError.usage("--override takes key=value, e.g. empathy=80; got '\(item)'")
      }
      if parts[0] == "passed" {
        guard let value = Bool(parts[1]) else {
          throw CLIError.usage("passed takes true or false; got '\(parts[1])'")
        }
        passed = value
        continue
      }
      guard attempt.originalCategories.keys.contains(parts[0]) else {
        let known = attempt.originalCategories.keys.sorted().joined(separator: ", ")
        throw CLIError.usage("attempt \(id) has no category '\(parts[0])'; its categories are: \(known)")
      }
      guard let value = Double(parts[1]), (0...100).contains(value) else {
        throw CLIError.usage("a score is a number from 0 to 100; got '\(parts[1])'")
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
    var message = "Recorded review #\(review) of attempt #\(id) by \(TerminalText.sanitize(reviewer))."
    if now.overridden {
      message +=
        " Effective result: \(ResultText.effective(now, turns: turns, localizer: Interface.localizer))"
      message += " (originally \(ResultText.original(now, localizer: Interface.localizer)))."
    }
    if let decision, let dispute { message += " Dispute #\(dispute) \(decision.rawValue)." }
    output.line(message)
  }
}

extension ReviewRecorder {
  /// The dispute a decision settles: the one named, else the only open one; with several open and
  /// none named, a refusal that lists them.
  func settled(_ named: Int64?, of id: Int64, decision: DisputeDecision) throws -> Int64 {
    let open = try store.disputes(attempt: id).filter(\.isOpen)
    let verb = decision == .accepted ? "accept" : "reject"
    if let named {
      guard open.contains(where: { $0.id == named }) else {
        let all = try store.disputes(attempt: id)
        if let found = all.first(where: { $0.id == named }) {
          throw CLIError.usage(
            "dispute #\(named) of attempt \(id) is already \(found.decision?.rawValue ?? "settled")")
        }
        throw CLIError.usage(
          "attempt \(id) has no dispute #\(named)"
            + (open.isEmpty ? "" : "; its open disputes: " + open.map { "#\($0.id)" }.joined(separator: ", "))
        )
      }
      return named
    }
    guard let only = open.first else { throw CLIError.usage("attempt \(id) has no open dispute to \(verb)") }
    guard open.count == 1 else {
      let list = open.map {
        "  #\($0.id) (\(Timestamp.display($0.recordedAt))): \(TerminalText.sanitize($0.reason))"
      }
      throw CLIError.usage(
        (["attempt \(id) has \(open.count) open disputes; say which to \(verb) with --dispute N:"] + list)
          .joined(separator: "\n"))
    }
    return only.id
  }
}
