import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineProgress
import FrontlineReports
import FrontlineTerminal

/// What needs a team leader: open disputes, failed exams nobody has reviewed, promotions waiting for
/// approval.
struct ReviewQueue {
  let store: any ProgressStore
  let library: Library

  /// The JSON form.
  struct Document: Encodable {
    var disputes: [DisputeRecord]
    var failedExams: [AttemptRecord]
    var pendingPromotions: [Pending]
  }

  /// A trainee waiting for a promotion.
  struct Pending: Encodable {
    var trainee: String
    var level: String
    var nextLevel: String
  }

  func write(_ format: DataFormat, to output: Output) throws {
    let disputes = try store.disputes(attempt: nil).filter(\.isOpen)
    let exams = try store.unreviewedFailedExams()
    var pending: [Pending] = []
    if let ladder = library.ladder {
      for trainee in try store.trainees() {
        let standing = LadderEvaluator.standing(
          trainee: trainee, ladder: ladder, attempts: try store.attempts(trainee: trainee, limit: nil),
          promotions: try store.promotions(trainee: trainee))
        if standing.pendingApproval, let next = standing.nextLevel {
          pending.append(Pending(trainee: trainee, level: standing.level, nextLevel: next))
        }
      }
    }
    switch format {
    case .json:
      output.line(
        try JSONOutput.encode(Document(disputes: disputes, failedExams: exams, pendingPromotions: pending)))
    case .text:
      let style = output.style
      output.line(style.bold("Open disputes (\(disputes.count))"))
      for dispute in disputes {
        output.line(
          "  attempt #\(dispute.attempt) — \(TerminalText.sanitize(dispute.trainee)): \(TerminalText.sanitize(dispute.reason))"
            + style.dim("  (frontline review \(dispute.attempt) --reviewer NAME --accept|--reject ...)"))
      }
      output.line(style.bold("Failed exams not yet reviewed (\(exams.count))"))
      for attempt in exams {
        output.line(
          "  " + HistoryTable.line(attempt, style: style) + "  \(TerminalText.oneLine(attempt.trainee))")
      }
      output.line(style.bold("Promotions waiting for approval (\(pending.count))"))
      for item in pending {
        output.line(
          "  \(TerminalText.oneLine(item.trainee)): \(item.level) → \(item.nextLevel)"
            + style.dim("  (frontline promote \"\(TerminalText.oneLine(item.trainee))\" --reviewer NAME)"))
      }
    }
  }
}
