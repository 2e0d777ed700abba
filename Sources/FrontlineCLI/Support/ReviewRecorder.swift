import ArgumentParser
import FrontlineHistory
import FrontlineModel
import FrontlineTerminal

/// Turns `review` options into a review record, checking them against the attempt.
struct ReviewRecorder {
  let store: any ProgressStore

  func record(
    attempt id: Int64, reviewer: String, overrides: [String], reason: String?, note: String?,
    decision: DisputeDecision?, output: Output
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
    var dispute: Int64?
    if let decision {
      guard let open = try store.disputes(attempt: id).last(where: \.isOpen) else {
        throw CLIError.usage(
          "attempt \(id) has no open dispute to \(decision == .accepted ? "accept" : "reject")")
      }
      dispute = open.id
    }
    let review = try store.recordReview(
      ReviewRecord(
        attempt: id, reviewer: reviewer, categoryOverrides: categories, passedOverride: passed,
        reason: reason,
        note: note, dispute: dispute, decision: decision))
    let now = try store.attempt(id)
    var message = "Recorded review #\(review) of attempt #\(id) by \(reviewer)."
    if now.overridden, let score = now.score, let verdict = now.passed {
      message += " Effective result: \(verdict ? "PASS" : "FAIL") \(ReportNumber.format(score))"
      message +=
        " (originally \(now.originalPassed == true ? "PASS" : "FAIL") \(now.originalScore.map(ReportNumber.format) ?? "-"))."
    }
    if let decision, let dispute { message += " Dispute #\(dispute) \(decision.rawValue)." }
    output.line(message)
  }
}
