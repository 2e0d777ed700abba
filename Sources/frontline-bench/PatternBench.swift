import ArgumentParser
import Foundation
import FrontlineModel
import FrontlineScoring

/// Runs the bundled library's own patterns over its examples and labelled replies, with and without the
/// literal prefilter, finds how much of the match budget they need on the longest reply scored, and
/// measures what patterns cost in scoring.
struct PatternBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "patterns",
    abstract:
      "Time the library's patterns over its replies, with and without the prefilter; their share of scoring.")

  @Option(help: "The library folder (scenarios/, rubrics/ and Tests/Fixtures/adversarial).")
  var library = FileManager.default.currentDirectoryPath

  @Option(help: "Seconds of processor time to spend on each measurement, at least.")
  var seconds = 2.0

  func run() throws {
    let corpus = try PatternCorpus(folder: library)
    let replies = corpus.replies.map(TextNormalizer.normalize)
    let characters = replies.reduce(0) { $0 + $1.scalars.count } / max(1, replies.count)
    let pairs = corpus.patterns.count * replies.count
    print(
      "Patterns: \(corpus.patterns.count) distinct; replies: \(replies.count), \(characters) characters on "
        + "average; \(pairs) (pattern, reply) pairs a round")
    let batches = try PatternBatch.Path.allCases.map { try PatternBatch(corpus.patterns, path: $0) }
    let measured = BenchClock.compare(
      seconds: seconds, batches.map { batch in { batch.matches(in: replies) } })
    for (path, (rate, result)) in zip(PatternBatch.Path.allCases, measured) {
      print(
        String(
          format: "  %@ %10.0f pairs/s  (%d matched, %d over budget)",
          path.label.padding(toLength: 38, withPad: " ", startingAt: 0), rate * Double(pairs), result.matched,
          result.overBudget))
    }
    print(String(format: "  the prefilter: %.2f× the throughput", measured[0].rate / measured[1].rate))
    try budgetHeadroom(corpus.patterns, replies: replies)
    try scoringShare(corpus)
  }

  /// For each pattern, a reply of the longest length scored made of replies it does not match (so that
  /// the search cannot stop early), and the budget the pattern needs on it.
  private func budgetHeadroom(_ patterns: [String], replies: [NormalizedText]) throws {
    var most: (budget: Int32, pattern: String) = (0, "")
    for pattern in patterns {
      let batch = try PatternBatch([pattern], path: .unfiltered)
      var text = ""
      for reply in replies where batch.matches(in: [reply]).matched == 0 {
        text += reply.string + " "
        if text.unicodeScalars.count >= CompiledScorecard.maximumReplyLength { break }
      }
      let long = TextNormalizer.normalize(
        String(
          String.UnicodeScalarView(
            text.unicodeScalars.prefix(
              CompiledScorecard.maximumReplyLength))))
      guard let needed = try PatternBatch.budgetNeeded(pattern, on: long) else {
        print("  \(Excerpt.of(pattern)) does not finish on a long reply within any budget")
        continue
      }
      if needed > most.budget { most = (needed, pattern) }
    }
    let runaway = try PatternBatch(["(?i)(a+)+$"], path: .unfiltered)
    let reply = [TextNormalizer.normalize(String(repeating: "a", count: 199) + "!")]
    let start = BenchClock.threadTime()
    let stopped = runaway.matches(in: reply).overBudget == 1
    print(
      String(
        format: "Budget: (?i)(a+)+$ on 199 a's and '!' %@ after %.0f ms of processor time",
        stopped ? "runs out of it" : "finishes", (BenchClock.threadTime() - start) * 1000))
    print(
      "Budget: the most a pattern needs on a \(CompiledScorecard.maximumReplyLength)-character reply it does "
        + "not match is \(most.budget) of \(PatternBatch.budget) units (\(Excerpt.of(most.pattern)))")
  }

  /// Scores the labelled replies against their steps with and without the steps' pattern criteria.
  private func scoringShare(_ corpus: PatternCorpus) throws {
    var with: [(CompiledScorecard, [String])] = []
    var without: [(CompiledScorecard, [String])] = []
    var alone: [(PatternBatch, [NormalizedText])] = []
    var patternCriteria = 0
    for group in corpus.labelled {
      let scorecard = try Scorecard.forStep(group.step, in: group.scenario, library: corpus.library)
      var plain = scorecard
      plain.criteria.removeAll { if case .pattern = $0.check { true } else { false } }
      let patterns = scorecard.criteria.compactMap { if case .pattern(let p) = $0.check { p } else { nil } }
      patternCriteria += patterns.count
      with.append((try CompiledScorecard(scorecard), group.replies))
      without.append((try CompiledScorecard(plain), group.replies))
      alone.append(
        (try PatternBatch(patterns, path: .prefiltered), group.replies.map(TextNormalizer.normalize)))
    }
    let count = with.reduce(0) { $0 + $1.1.count }
    func run(_ cards: [(CompiledScorecard, [String])]) -> Int {
      var passed = 0
      for (card, replies) in cards {
        for reply in replies where card.score(reply).passed { passed += 1 }
      }
      return passed
    }
    let measured = BenchClock.compare(
      seconds: seconds * 2,
      [
        { run(with) }, { run(without) },
        { alone.reduce(0) { $0 + $1.0.matches(in: $1.1).matched } },
      ])
    let (withRate, withoutRate, aloneRate) = (measured[0].rate, measured[1].rate, measured[2].rate)
    print(
      "Scoring the \(count) labelled replies against their steps (\(patternCriteria) pattern criteria in all):"
    )
    print(String(format: "  with the pattern criteria    %8.0f replies/s", withRate * Double(count)))
    print(String(format: "  without them                 %8.0f replies/s", withoutRate * Double(count)))
    print(String(format: "  the same patterns alone      %8.0f replies/s", aloneRate * Double(count)))
    print(
      String(
        format: "  patterns' share of scoring time: %.1f%% (with less without), %.1f%% (alone over with)",
        (1 - withRate / withoutRate) * 100, withRate / aloneRate * 100))
  }
}

extension PatternBatch.Path {
  fileprivate var label: String {
    switch self {
    case .prefiltered: "ICU, literals of the parsed pattern"
    case .unfiltered: "ICU, no prefilter"
    }
  }
}
