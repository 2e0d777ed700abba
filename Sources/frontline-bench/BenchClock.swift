import Foundation

/// Times work by the processor time of the calling thread, so that other work on the machine does not
/// count.
enum BenchClock {
  /// Repeats `body` for at least `seconds` of processor time after one warm-up round, returning rounds
  /// per second and what the last round returned.
  static func measure<Result>(seconds: Double, _ body: () -> Result) -> (Double, Result) {
    var result = body()
    var rounds = 0
    let start = threadTime()
    var elapsed = 0.0
    while elapsed < seconds {
      result = body()
      rounds += 1
      elapsed = threadTime() - start
    }
    return (Double(rounds) / elapsed, result)
  }

  /// The processor time this thread has used, in seconds.
  static func threadTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}

extension BenchClock {
  /// Measures several bodies in turns, five turns of a fifth of `seconds` each, so that a change in the
  /// machine's load falls on all of them alike. Returns each one's median rate (rounds per second) and
  /// what it returned last.
  static func compare<Result>(seconds: Double, _ bodies: [() -> Result]) -> [(rate: Double, result: Result)] {
    var rates = [[Double]](repeating: [], count: bodies.count)
    var results: [Result?] = Array(repeating: nil, count: bodies.count)
    for _ in 0..<5 {
      for (index, body) in bodies.enumerated() {
        let (rate, result) = measure(seconds: seconds / 5, body)
        rates[index].append(rate)
        results[index] = result
      }
    }
    return bodies.indices.map { (rates[$0].sorted()[2], results[$0]!) }
  }
}
