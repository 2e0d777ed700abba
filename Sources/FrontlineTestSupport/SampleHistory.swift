import Foundation
import FrontlineHistory
import FrontlineModel

/// A small team's history written to any store, and every question a store can be asked about
/// it: the shared suite's way of showing that two stores, or a store and its copy, agree.
package enum SampleHistory {
  package static let categories = ["empathy", "accuracy", "routing"]

  /// A small team's history: practice and exams, several scenarios, an abandoned attempt, a review
  /// with overrides, a settled and an open dispute, promotions and an imported batch.
  package static func write(to store: any HistorySeeding) throws {
    let start = Date(timeIntervalSince1970: 1_790_000_000)
    let scenarios = [
      SyntheticHistory.scenario(id: "late-parcel", kind: .complaint, difficulty: 1),
      SyntheticHistory.scenario(id: "plan-upgrade", kind: .upsell, difficulty: 3),
    ]
    for (number, trainee) in ["Dana", "Sam", "佐藤 花子"].enumerated() {
      for index in 0..<6 {
        try SyntheticHistory.writeAttempt(
          to: store, trainee: trainee, scenario: scenarios[index % 2], turns: 1 + index % 3,
          seed: number + index, startedAt: start + Double(number * 10_000 + index * 90_000),
          mode: index % 3 == 0 ? .exam : .practice)
      }
    }
    let abandoned = try store.startAttempt(
      NewAttempt(
        trainee: "Sam", scenario: scenarios[0], contentHash: "h", mode: .practice, startedAt: start + 5))
    try store.abandonAttempt(abandoned, at: start + 50)
    try store.seedLead("Lee")
    let disputed = try store.recordDispute(attempt: 1, reason: "I did apologise", at: start + 700_000)
    try store.recordReview(
      ReviewRecord(
        attempt: 1, reviewer: "Lee", categoryOverrides: ["empathy": 95], passedOverride: true,
        reason: "the apology was there", dispute: disputed, decision: .accepted,
        recordedAt: start + 700_100))
    try store.recordDispute(attempt: 8, reason: "too strict", at: start + 700_200)
    try store.recordPromotion(PromotionRecord(trainee: "Dana", level: "agent", recordedAt: start + 600_000))
    try store.recordPromotion(
      PromotionRecord(
        trainee: "Sam", level: "agent", reviewer: "Lee", reason: "ready", forced: true,
        recordedAt: start + 650_000))
    var imported: [SeededAttempt] = []
    for index in 0..<4 {
      let offset = Double(index)
      let categories: [String: Double?] = ["empathy": 50 + offset * 10, "routing": nil]
      let miss = SeededMiss(turn: 0, criterion: "apologises", description: "Apologises", tip: nil)
      imported.append(
        SeededAttempt(
          trainee: "Kim", scenario: "late-parcel", kind: .complaint, difficulty: 1, mode: .practice,
          startedAt: start + offset * 3_600, outcome: .resolved, score: 60 + offset * 10, passed: index > 0,
          categories: categories, misses: [miss]))
    }
    try store.seed(imported)
  }

  /// Everything a store can be asked.
  package static func answers(_ store: any ProgressStore) throws -> [String: any Equatable] {
    let start = Date(timeIntervalSince1970: 1_790_000_000)
    var answers: [String: any Equatable] = [:]
    let trainees = try store.trainees()
    answers["trainees"] = trainees
    for trainee in trainees {
      let attempts = try store.attempts(trainee: trainee, limit: nil)
      answers["attempts \(trainee)"] = attempts
      answers["attempts \(trainee) limit 2"] = try store.attempts(trainee: trainee, limit: 2)
      answers["promotions \(trainee)"] = try store.promotions(trainee: trainee)
      answers["missed by \(trainee)"] = try store.missedCriteria(trainee: trainee, limit: 10)
      for attempt in attempts {
        answers["turns \(attempt.id)"] = try store.turns(attempt: attempt.id)
        answers["reviews \(attempt.id)"] = try store.reviews(attempt: attempt.id)
      }
    }
    var report: [String: [ReportAttempt]] = [:]
    try store.forEachTrainee(categories: categories, durations: true) { trainee, attempts in
      report[trainee] = attempts
    }
    answers["report"] = report
    answers["report attempts"] = try store.reportAttempts(categories: categories)
    let since = Date(timeIntervalSince1970: 1_790_100_000)
    answers["missed in period"] = try store.missedCriteria(since: since, until: nil, limit: 10)
    answers["missed ever"] = try store.missedCriteria(since: nil, until: nil, limit: 10)
    answers["last activity"] = try store.lastActivity()
    answers["all promotions"] = try store.allPromotions()
    for scenario in ["late-parcel", "plan-upgrade", "nothing"] {
      answers["steps \(scenario)"] = try store.stepOutcomes(scenario: scenario)
      answers["finished \(scenario)"] = try store.finishedAttempts(scenario: scenario)
      answers["missed in \(scenario)"] = try store.missedCriteria(scenario: scenario, limit: 10)
    }
    answers["reviews ever"] = try store.reviews(since: nil, until: nil)
    answers["reviews in period"] = try store.reviews(since: start + 700_050, until: start + 800_000)
    answers["reviews before"] = try store.reviews(since: nil, until: start + 700_050)
    answers["disputes"] = try store.disputes(attempt: nil)
    answers["disputes of 1"] = try store.disputes(attempt: 1)
    answers["unreviewed exams"] = try store.unreviewedFailedExams()
    return answers
  }

  package static func same(_ expected: any Equatable, _ actual: (any Equatable)?) -> Bool {
    func compare<T: Equatable>(_ value: T) -> Bool { value == (actual as? T) }
    return compare(expected)
  }
}
