import ArgumentParser
import Foundation
import FrontlineModel
import FrontlineScoring

/// Runs the bundled library's own patterns over its examples and labelled replies on each way a pattern
/// can be run, and measures what patterns cost in scoring.
struct PatternBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "patterns",
    abstract: "Time the library's patterns over its replies on each matching path; their share of scoring.")

  @Option(help: "The library folder (scenarios/, rubrics/ and Tests/Fixtures/adversarial).")
  var library = FileManager.default.currentDirectoryPath

  @Option(help: "Seconds of processor time to spend on each measurement, at least.")
  var seconds = 2.0

  func run() throws {
    let corpus = try PatternCorpus(folder: library)
    let replies = corpus.replies.map(TextNormalizer.normalize)
    let characters = replies.reduce(0) { $0 + $1.scalars.count } / max(1, replies.count)
    let machine = corpus.patterns.filter(PatternBatch.runsOnMachine)
    let rest = corpus.patterns.filter { !PatternBatch.runsOnMachine($0) }
    print(
      "Patterns: \(corpus.patterns.count) distinct (\(machine.count) within the machine's subset, "
        + "\(rest.count) on ICU); replies: \(replies.count), \(characters) characters on average")
    for (label, patterns) in [
      ("all patterns", corpus.patterns), ("machine's subset", machine), ("the rest", rest),
    ] {
      print("\(label), \(patterns.count * replies.count) (pattern, reply) pairs a round:")
      var rates: [PatternBatch.Path: Double] = [:]
      for path in PatternBatch.Path.allCases {
        let batch = try PatternBatch(patterns, path: path)
        let (rate, matched) = measure { batch.matches(in: replies) }
        rates[path] = rate * Double(patterns.count * replies.count)
        print(
          String(
            format: "  %@ %12.0f pairs/s  (%d matched)",
            path.label.padding(toLength: 40, withPad: " ", startingAt: 0),
            rates[path]!, matched))
      }
      if let current = rates[.current], let parsed = rates[.icuPrefiltered] {
        print(String(format: "  ICU + parsed literals / current: %.2f of the throughput", parsed / current))
      }
    }
    try scoringShare(corpus)
  }

  /// Repeats `body` for `seconds` of this thread's processor time (so that other work on the machine
  /// does not count), returning rounds per second and what the last round returned.
  private func measure(_ body: () -> Int) -> (Double, Int) {
    var result = body()  // warm up
    var rounds = 0
    let start = Self.threadTime()
    var elapsed = 0.0
    while elapsed < seconds {
      result = body()
      rounds += 1
      elapsed = Self.threadTime() - start
    }
    return (Double(rounds) / elapsed, result)
  }

  /// The processor time this thread has used, in seconds.
  private static func threadTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// Scores the labelled replies against their steps with and without the steps' pattern criteria.
  private func scoringShare(_ corpus: PatternCorpus) throws {
    var with: [(CompiledScorecard, [String])] = []
    var without: [(CompiledScorecard, [String])] = []
    var patternCriteria = 0
    for group in corpus.labelled {
      let scorecard = try Scorecard.forStep(group.step, in: group.scenario, library: corpus.library)
      var plain = scorecard
      plain.criteria.removeAll { if case .pattern = $0.check { true } else { false } }
      patternCriteria += scorecard.criteria.count - plain.criteria.count
      with.append((try CompiledScorecard(scorecard), group.replies))
      without.append((try CompiledScorecard(plain), group.replies))
    }
    let count = with.reduce(0) { $0 + $1.1.count }
    func run(_ cards: [(CompiledScorecard, [String])]) -> Int {
      var passed = 0
      for (card, replies) in cards {
        for reply in replies where card.score(reply).passed { passed += 1 }
      }
      return passed
    }
    let (withRate, _) = measure { run(with) }
    let (withoutRate, _) = measure { run(without) }
    print(
      "Scoring the \(count) labelled replies against their steps (\(patternCriteria) pattern criteria in all):"
    )
    print(String(format: "  with the pattern criteria    %8.0f replies/s", withRate * Double(count)))
    print(String(format: "  without them                 %8.0f replies/s", withoutRate * Double(count)))
    print(String(format: "  patterns' share of scoring time: %.1f%%", (1 - withRate / withoutRate) * 100))
  }
}

extension PatternBatch.Path {
  fileprivate var label: String {
    switch self {
    case .current: "(a) machine, else ICU; scanned literals"
    case .icuPrefiltered: "(b) ICU, literals of the parsed pattern"
    case .icuUnfiltered: "(c) ICU, no prefilter"
    }
  }
}
