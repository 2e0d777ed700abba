import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineScoring

/// One trainee in depth, for the team leader who coaches them: how each category is going and since
/// when, the weakest replies quoted with what they missed and the tip, the attempts they ended early,
/// the hints and knowledge-base lookups they leaned on, the criteria they miss most, and their results
/// by kind and difficulty.
public struct TraineeReport: Sendable, Codable, Equatable {
  public var trainee: String
  /// Finished attempts.
  public var attempts: Int
  public var passRate: Double?
  /// Each category: the latest half of the finished attempts against the earlier half, with dates.
  public var trends: [CategoryTrend]
  /// The replies that scored lowest, lowest first.
  public var weakestReplies: [WeakReply]
  /// The attempts the trainee closed before the conversation's end, newest first.
  public var endedEarly: [AttemptNote]
  /// The attempts in which hints were taken or the knowledge base consulted, newest first.
  public var assistance: [Assistance]
  public var mostMissed: [MissedCriterion]
  /// "complaint" → (attempts, passed); "difficulty 2" → (attempts, passed).
  public var byKind: [String: Tally]
  public var byDifficulty: [String: Tally]
  /// The latest finished attempts, newest first, with their effective and original results.
  public var history: [Entry]

  /// The most replies quoted; the number of attempts whose replies are read for them, for one trainee
  /// and for each of a team (the team page has a section per trainee).
  public static let weakestShown = 5
  public static let attemptsRead = 100
  public static let attemptsReadForTheTeam = 20

  /// One category's trend.
  public struct CategoryTrend: Sendable, Codable, Equatable {
    public var category: String
    public var recent: Span?
    public var earlier: Span?
    /// `recent` less `earlier`, when both have a score.
    public var change: Double?
  }

  /// The average of a run of attempts, and when they were.
  public struct Span: Sendable, Codable, Equatable {
    public var average: Double
    public var attempts: Int
    public var from: Date
    public var to: Date
  }

  /// A reply quoted for coaching, with the criteria it missed.
  public struct WeakReply: Sendable, Codable, Equatable {
    public var attempt: Int64
    public var scenario: String
    public var step: String
    public var at: Date
    public var score: Double
    public var passed: Bool
    /// The customer's last message before the reply.
    public var customer: String?
    public var reply: String
    public var missed: [Miss]
  }

  /// A criterion a reply missed: its description, the tip, and why, when that is not obvious. A reply's
  /// misses are listed critical ones first, then by the points they cost.
  public struct Miss: Sendable, Codable, Equatable {
    public var description: String
    public var tip: String?
    public var note: String?
    public var critical: Bool
  }

  /// An attempt, briefly.
  public struct AttemptNote: Sendable, Codable, Equatable {
    public var attempt: Int64
    public var scenario: String
    public var startedAt: Date
    public var turns: Int
  }

  /// The help an attempt used.
  public struct Assistance: Sendable, Codable, Equatable {
    public var attempt: Int64
    public var scenario: String
    public var startedAt: Date
    public var hints: Int
    /// The knowledge-base topics looked up, each once, in the order first looked up (`""`, the list of
    /// topics, is left out).
    public var lookups: [String]
  }

  /// One attempt in the trainee's history.
  public struct Entry: Sendable, Codable, Equatable {
    public var id: Int64
    public var scenario: String
    public var startedAt: Date
    public var score: Double?
    public var passed: Bool?
    public var categories: [String: Double?]
    public var overridden: Bool
    public var originalScore: Double?
    /// How the conversation ended.
    public var outcome: Outcome?
  }

  /// Attempts and passes.
  public struct Tally: Sendable, Codable, Equatable {
    public var attempts: Int
    public var passed: Int
  }
}

extension TraineeReport {
  /// The report from the store: the trainee's attempts, the turns of the latest ``attemptsRead``
  /// finished ones, and the ten criteria they miss most (their text marked with `languages`, each
  /// scenario's language).
  public static func read(
    trainee: String, from store: any ProgressStore, categories: [String], languages: [String: String],
    attemptsRead: Int = attemptsRead
  ) throws -> TraineeReport {
    let attempts = try store.attempts(trainee: trainee, limit: nil)
    var turns: [Int64: [TurnRecord]] = [:]
    let latest = attempts.filter { $0.status == .finished }.sorted {
      ($0.startedAt, $0.id) > ($1.startedAt, $1.id)
    }
    for attempt in latest.prefix(attemptsRead) { turns[attempt.id] = try store.turns(attempt: attempt.id) }
    let missed = try store.missedCriteria(trainee: trainee, limit: 10).map {
      MissedCriterion($0, languages: languages)
    }
    return make(trainee: trainee, attempts: attempts, turns: turns, missed: missed, categories: categories)
  }

  /// The report from a trainee's attempts (any order, unfinished ones included), the turns of the
  /// latest finished ones (by attempt id; see ``attemptsRead``) and the criteria they miss most.
  public static func make(
    trainee: String, attempts: [AttemptRecord], turns: [Int64: [TurnRecord]], missed: [MissedCriterion],
    categories: [String]
  ) -> TraineeReport {
    let finished = attempts.filter { $0.status == .finished }.sorted {
      ($0.startedAt, $0.id) < ($1.startedAt, $1.id)
    }
    var byKind: [String: Tally] = [:]
    var byDifficulty: [String: Tally] = [:]
    for attempt in finished {
      let passed = attempt.passed == true ? 1 : 0
      byKind[attempt.kind.rawValue, default: Tally(attempts: 0, passed: 0)].attempts += 1
      byKind[attempt.kind.rawValue]!.passed += passed
      byDifficulty["difficulty \(attempt.difficulty)", default: Tally(attempts: 0, passed: 0)].attempts += 1
      byDifficulty["difficulty \(attempt.difficulty)"]!.passed += passed
    }
    let newestFirst = Array(finished.reversed())
    return TraineeReport(
      trainee: trainee, attempts: finished.count,
      passRate: finished.isEmpty
        ? nil : Double(finished.filter { $0.passed == true }.count) / Double(finished.count),
      trends: trends(finished, categories: categories),
      weakestReplies: weakest(newestFirst, turns: turns),
      endedEarly: newestFirst.filter { $0.outcome == .endedEarly }.map {
        AttemptNote(attempt: $0.id, scenario: $0.scenario, startedAt: $0.startedAt, turns: $0.turnCount)
      },
      assistance: newestFirst.compactMap { attempt in
        let taken = turns[attempt.id] ?? []
        var lookups: [String] = []
        for topic in taken.flatMap(\.lookups) where !topic.isEmpty && !lookups.contains(topic) {
          lookups.append(topic)
        }
        let hints = attempt.hintsUsed
        guard hints > 0 || !lookups.isEmpty else { return nil }
        return Assistance(
          attempt: attempt.id, scenario: attempt.scenario, startedAt: attempt.startedAt, hints: hints,
          lookups: lookups)
      },
      mostMissed: missed, byKind: byKind, byDifficulty: byDifficulty,
      history: newestFirst.prefix(20).map {
        Entry(
          id: $0.id, scenario: $0.scenario, startedAt: $0.startedAt, score: $0.score, passed: $0.passed,
          categories: $0.categories, overridden: $0.overridden, originalScore: $0.originalScore,
          outcome: $0.outcome)
      })
  }

  /// The latest half of the attempts against the earlier half, per category (the middle attempt of
  /// an odd number counts as recent).
  static func trends(_ finished: [AttemptRecord], categories: [String]) -> [CategoryTrend] {
    let half = finished.count / 2
    func span(_ slice: ArraySlice<AttemptRecord>, _ category: String) -> Span? {
      let scored = slice.compactMap { attempt in
        (attempt.categories[category] ?? nil).map { (attempt.startedAt, $0) }
      }
      guard let average = Mean.rounded(scored.map(\.1)), let first = scored.first, let last = scored.last
      else {
        return nil
      }
      return Span(average: average, attempts: scored.count, from: first.0, to: last.0)
    }
    return categories.compactMap { category in
      let recent = span(finished[half...], category)
      let earlier = span(finished[..<half], category)
      guard recent != nil || earlier != nil else { return nil }
      let change = recent.flatMap { now in earlier.map { ((now.average - $0.average) * 10).rounded() / 10 } }
      return CategoryTrend(category: category, recent: recent, earlier: earlier, change: change)
    }
  }

  /// The lowest-scoring replies of the attempts read, lowest first (newer first among equals), each
  /// with the criteria it missed as feedback shows them.
  static func weakest(_ newestFirst: [AttemptRecord], turns: [Int64: [TurnRecord]]) -> [WeakReply] {
    var candidates: [(order: Int, reply: WeakReply)] = []
    for attempt in newestFirst.prefix(attemptsRead) {
      for turn in (turns[attempt.id] ?? []).reversed() {
        // The weightiest first: critical ones, then by the points at stake.
        let missed = turn.score.criteria.enumerated().filter { $0.element.isShown && !$0.element.met }
          .sorted {
            ($1.element.critical ? 1 : 0, $1.element.possible, $0.offset) < (
              $0.element.critical ? 1 : 0, $0.element.possible, $1.offset
            )
          }
          .map {
            Miss(
              description: $0.element.description, tip: $0.element.tip, note: $0.element.note,
              critical: $0.element.critical)
          }
        guard !turn.score.passed || !missed.isEmpty else { continue }
        candidates.append(
          (
            candidates.count,
            WeakReply(
              attempt: attempt.id, scenario: attempt.scenario, step: turn.step, at: turn.recordedAt,
              score: turn.score.score, passed: turn.score.passed, customer: turn.customerMessages.last,
              reply: turn.reply, missed: missed)
          ))
      }
    }
    return candidates.sorted { ($0.reply.score, $0.order) < ($1.reply.score, $1.order) }
      .prefix(weakestShown).map(\.reply)
  }
}
