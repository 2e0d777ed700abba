/// Groups a report's attempts by trainee as they are read, in trainee order, and hands each
/// trainee's attempts on whole: the one grouping loop behind every store's
/// ``ProgressStore/forEachTrainee(categories:durations:_:)``.
package struct TraineeBatches {
  private var current: String?
  private var batch: [ReportAttempt] = []

  package init() {}

  /// Adds the next attempt read; when it starts another trainee, the previous trainee's attempts go
  /// to `body` first.
  package mutating func add(
    _ attempt: ReportAttempt, _ body: (_ trainee: String, _ attempts: [ReportAttempt]) throws -> Void
  ) rethrows {
    var attempt = attempt
    if let current, attempt.trainee == current {
      // One copy of the name, however many attempts share it.
      attempt.trainee = current
    } else {
      try finish(body)
      current = attempt.trainee
    }
    batch.append(attempt)
  }

  /// Hands on the last trainee's attempts.
  package mutating func finish(_ body: (_ trainee: String, _ attempts: [ReportAttempt]) throws -> Void)
    rethrows
  {
    if let current, !batch.isEmpty { try body(current, batch) }
    batch.removeAll(keepingCapacity: true)
  }
}
