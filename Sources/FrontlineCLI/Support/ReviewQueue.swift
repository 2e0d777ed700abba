import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineProgress
import FrontlineReports
import FrontlineTerminal
import FrontlineText

/// What needs a team leader: open disputes, failed exams nobody has reviewed, promotions waiting for
/// approval, each oldest first with when it began to wait and for how long.
struct ReviewQueue {
  let store: any ProgressStore
  let library: Library
  let localizer: Localizer
  var now = Date()

  /// The JSON form.
  struct Document: Encodable {
    var disputes: [Waiting<DisputeRecord>]
    var failedExams: [Waiting<AttemptRecord>]
    var pendingPromotions: [Waiting<Pending>]
  }

  /// An item of the queue with `waitingSince` (ISO 8601) and `waitingDays` beside its own fields.
  struct Waiting<Item: Encodable>: Encodable {
    var item: Item
    var since: Date
    var days: Double

    init(_ item: Item, since: Date, now: Date) {
      self.item = item
      self.since = since
      days = (max(0, now.timeIntervalSince(since)) / 864).rounded() / 100
    }

    enum Keys: String, CodingKey { case waitingSince, waitingDays }

    func encode(to encoder: any Encoder) throws {
      try item.encode(to: encoder)
      var container = encoder.container(keyedBy: Keys.self)
      try container.encode(since, forKey: .waitingSince)
      try container.encode(days, forKey: .waitingDays)
    }
  }

  /// A trainee waiting for a promotion.
  struct Pending: Encodable {
    var trainee: String
    var level: String
    var nextLevel: String
  }

  func write(_ format: DataFormat, to output: Output) throws {
    let disputes = try store.disputes(attempt: nil).filter(\.isOpen).map {
      Waiting($0, since: $0.recordedAt, now: now)
    }
    let exams = try store.unreviewedFailedExams().map {
      Waiting($0, since: $0.finishedAt ?? $0.startedAt, now: now)
    }
    var pending: [Waiting<Pending>] = []
    if let ladder = library.ladder {
      for trainee in try store.trainees() {
        let attempts = try store.attempts(trainee: trainee, limit: nil)
        let promotions = try store.promotions(trainee: trainee)
        let standing = LadderEvaluator.standing(
          trainee: trainee, ladder: ladder, attempts: attempts, promotions: promotions,
          localizer: Interface.localizer)
        if standing.pendingApproval, let next = standing.nextLevel {
          let since = Self.pendingSince(
            trainee: trainee, next: next, ladder: ladder, attempts: attempts, promotions: promotions)
          pending.append(
            Waiting(Pending(trainee: trainee, level: standing.level, nextLevel: next), since: since, now: now)
          )
        }
      }
      pending.sort { ($0.since, $0.item.trainee) < ($1.since, $1.item.trainee) }
    }
    switch format {
    case .json:
      output.line(
        try JSONOutput.encode(Document(disputes: disputes, failedExams: exams, pendingPromotions: pending)))
    case .text:
      let style = output.style
      let name = localizer(ReviewText.namePlaceholder)
      output.line(style.bold(localizer(ReviewText.openDisputes, count: disputes.count)))
      for entry in disputes {
        let dispute = entry.item
        output.line(
          "  "
            + localizer(
              ReviewText.queuedDispute,
              [
                "attempt": String(dispute.attempt), "trainee": TerminalText.sanitize(dispute.trainee),
                "reason": TerminalText.sanitize(dispute.reason),
              ]))
        output.line(
          "      " + waited(entry, ReviewText.disputedAt, style: style)
            + style.dim(
              "  " + localizer(ReviewText.settleHint, ["attempt": String(dispute.attempt), "name": name])))
      }
      output.line(style.bold(localizer(ReviewText.unreviewedFailedExams, count: exams.count)))
      for entry in exams {
        output.line(
          "  " + HistoryTable.line(entry.item, style: style, localizer: Interface.localizer)
            + "  \(TerminalText.oneLine(entry.item.trainee))"
        )
        output.line(
          "      " + waited(entry, ReviewText.finishedAt, style: style)
            + style.dim(
              "  " + localizer(ReviewText.reviewHint, ["attempt": String(entry.item.id), "name": name])))
      }
      output.line(style.bold(localizer(ReviewText.promotionsWaiting, count: pending.count)))
      for entry in pending {
        let item = entry.item
        output.line("  \(TerminalText.oneLine(item.trainee)): \(item.level) → \(item.nextLevel)")
        output.line(
          "      " + waited(entry, ReviewText.readyAt, style: style)
            + style.dim(
              "  "
                + localizer(
                  ReviewText.promoteHint, ["trainee": TerminalText.oneLine(item.trainee), "name": name])))
      }
    }
  }

  /// `disputed 2026-11-20 14:05, waiting 3 days`; yellow after a week.
  private func waited<Item>(_ entry: Waiting<Item>, _ what: ReviewText, style: TextStyle) -> String {
    let text = localizer(
      what,
      [
        "when": localizer.dateTime(entry.since),
        "waited": Timestamp.waited(from: entry.since, to: now, localizer: localizer),
      ])
    return entry.days >= 7 ? style.yellow(text) : text
  }

  /// Since when a trainee has waited for approval of `next`: the end of the earliest attempt from which
  /// on, attempt after attempt, the ladder has found them ready for it.
  static func pendingSince(
    trainee: String, next: String, ladder: Ladder, attempts: [AttemptRecord], promotions: [PromotionRecord]
  ) -> Date {
    let ordered = attempts.sorted { ($0.finishedAt ?? $0.startedAt) < ($1.finishedAt ?? $1.startedAt) }
    var since = ordered.last.map { $0.finishedAt ?? $0.startedAt } ?? Date()
    for end in stride(from: ordered.count, through: 1, by: -1) {
      let cut = ordered[end - 1].finishedAt ?? ordered[end - 1].startedAt
      let standing = LadderEvaluator.standing(
        trainee: trainee, ladder: ladder, attempts: Array(ordered[..<end]),
        promotions: promotions.filter { $0.recordedAt <= cut }, localizer: Interface.localizer)
      guard standing.pendingApproval, standing.nextLevel == next else { break }
      since = cut
    }
    return since
  }
}
