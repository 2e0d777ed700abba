import ArgumentParser
import Foundation
import FrontlineModel
import FrontlineScoring

/// Scores generated replies against a large generated rubric and compares with grep.
struct ScoringBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scoring",
    abstract: "Score generated replies against a rubric of 300+ phrases and 20 patterns; compare with grep.")

  @Option(help: "How many replies to score.")
  var replies = 100_000

  @Option(help: "How many phrases the rubric has.")
  var phrases = 320

  @Option(help: "How many regular-expression criteria the rubric has.")
  var patterns = 20

  @Flag(help: "Measure single-threaded only (for profiling).")
  var singleOnly = false

  @Option(help: "Seed of the generator, for repeatable runs.")
  var seed: UInt64 = 42

  func run() throws {
    var generator = SeededGenerator(seed: seed)
    let corpus = BenchCorpus(phraseCount: phrases, patternCount: patterns, generator: &generator)
    let texts = (0..<replies).map { _ in corpus.reply(using: &generator) }
    let averageLength = texts.reduce(0) { $0 + $1.count } / max(1, texts.count)
    let card = try CompiledScorecard(corpus.scorecard())
    print(
      "Rubric: \(corpus.phraseCount) phrases in \(corpus.criteriaCount) criteria, \(corpus.patterns.count) patterns"
    )
    print("Replies: \(texts.count), \(averageLength) characters on average")

    _ = texts.prefix(1000).map { card.score($0) }  // warm up
    var checksum = 0.0
    let single = try measure {
      for text in texts { checksum += card.score(text).score }
    }
    report("score, 1 core", seconds: single, count: texts.count)
    let verdicts = try measure {
      for text in texts { checksum += card.verdict(text).score }
    }
    report("verdict, 1 core", seconds: verdicts, count: texts.count)
    guard !singleOnly else { return }
    let pairs = texts.map { ($0, nil as String?) }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    // In batches, as `frontline score --responses-file` works, so results do not pile up in memory.
    let parallel = try measure {
      for start in stride(from: 0, to: pairs.count, by: ParallelScoring.batchSize) {
        let batch = Array(pairs[start..<min(pairs.count, start + ParallelScoring.batchSize)])
        checksum += ParallelScoring.score(batch, with: card).reduce(0) { $0 + $1.score }
      }
    }
    report("score, \(cores) cores", seconds: parallel, count: texts.count)
    print(String(format: "(checksum %.1f)", checksum))

    if let grep = try GrepComparison.time(replies: texts, phrases: corpus.phraseTexts) {
      print(
        String(
          format: "grep -c -i -F -f PHRASES over the same replies: %.3f s (%d matching lines)", grep.seconds,
          grep.count))
      print(String(format: "frontline score on 1 core / grep: %.1fx the time", single / grep.seconds))
    } else {
      print("grep not found; no comparison")
    }
  }

  private func measure(_ body: () throws -> Void) throws -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  private func report(_ label: String, seconds: Double, count: Int) {
    let perSecond = Double(count) / seconds
    let micros = seconds / Double(count) * 1e6
    print(
      String(
        format: "%@: %.3f s, %.0f replies/s, %.2f µs/reply",
        label.padding(toLength: 16, withPad: " ", startingAt: 0),
        seconds, perSecond, micros))
  }
}

/// A small, fast, seeded random number generator (SplitMix64), so runs are repeatable.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
