import Foundation

/// Scores many replies on every core, keeping their order.
public enum ParallelScoring {
  /// How many replies to score at once when streaming a large file: enough to keep every core busy,
  /// few enough that results do not pile up in memory.
  public static let batchSize = 4096

  /// The scores of `replies` (text and transfer), in order.
  public static func score(_ replies: [(String, String?)], with scorecard: CompiledScorecard) -> [ReplyScore]
  {
    map(replies, with: scorecard) { $0 }
  }

  /// Each reply scored and then transformed (encoded, say) on the same core, in order.
  public static func map<Result>(
    _ replies: [(String, String?)], with scorecard: CompiledScorecard,
    _ transform: @Sendable (ReplyScore) -> Result
  ) -> [Result] {
    guard replies.count > 1 else { return replies.map { transform(scorecard.score($0.0, route: $0.1)) } }
    let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, replies.count))
    let chunk = (replies.count + workers - 1) / workers
    let results = ResultSlots<Result>(count: replies.count)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      let start = worker * chunk
      let end = min(replies.count, start + chunk)
      guard start < end else { return }
      for index in start..<end {
        results.set(index, transform(scorecard.score(replies[index].0, route: replies[index].1)))
      }
    }
    return results.values()
  }
}

/// Slots that several threads fill, each writing only its own indices.
final class ResultSlots<Value>: @unchecked Sendable {
  // Each index is written by exactly one worker, into memory allocated up front, and read only after
  // all workers have finished.
  private let slots: UnsafeMutableBufferPointer<Value?>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func set(_ index: Int, _ value: Value) { slots[index] = value }

  func values() -> [Value] { slots.map { $0! } }
}
