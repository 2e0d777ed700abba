/// Statements to send to a learning record store in one request.
public struct XAPIBatch: Sendable, Equatable {
  /// The attempts whose statements these are, in order.
  public var attempts: [Int64]
  public var statements: [XAPIStatement]

  /// The attempts' statements in batches of at most `size` statements (more only for one attempt
  /// that has more by itself), keeping each attempt's statements together: an attempt's grade in
  /// force and the voiding of its earlier grades are kept or refused together.
  public static func batches(_ attempts: [XAPIExport.AttemptStatements], size: Int) -> [XAPIBatch] {
    var batches: [XAPIBatch] = []
    var current = XAPIBatch(attempts: [], statements: [])
    for attempt in attempts {
      if !current.statements.isEmpty, current.statements.count + attempt.statements.count > size {
        batches.append(current)
        current = XAPIBatch(attempts: [], statements: [])
      }
      current.attempts.append(attempt.attempt)
      current.statements += attempt.statements
    }
    if !current.statements.isEmpty { batches.append(current) }
    return batches
  }
}
