/// Why the store could not do what was asked, with what to do about it. The message is for people;
/// ``cause`` keeps what the database engine said, for logs and tests.
public enum StoreError: Error, Equatable, CustomStringConvertible {
  /// The database file cannot be opened or created.
  case cannotOpen(path: String, reason: String, cause: Cause? = nil)
  /// The database was written by a newer Frontline.
  case newerSchema(path: String, unknown: [String])
  /// No attempt has this id.
  case unknownAttempt(Int64)
  /// The attempt is already finished or abandoned.
  case attemptClosed(Int64)
  /// The attempt is not finished, so it cannot be reviewed or disputed yet.
  case attemptNotFinished(Int64)
  /// The database server refused what the login may not do (its role's privileges).
  case refused(String, cause: Cause? = nil)
  /// The database server cannot be reached, or the connection was lost and retries gave up.
  case unreachable(String, cause: Cause? = nil)
  /// Anything else the database reported.
  case database(String, cause: Cause? = nil)
  /// A row holds what Frontline never writes (edited by hand, or damaged): it is left out and said so.
  case damagedRow(table: String, id: String, detail: String)

  /// What the database engine reported, as it reported it.
  public struct Cause: Sendable, Equatable, CustomStringConvertible {
    /// The engine: `SQLite` or `PostgreSQL`.
    public var engine: String
    /// The engine's code for the error: PostgreSQL's SQLSTATE (`42501`), SQLite's extended result
    /// code (`SQLITE_CONSTRAINT_TRIGGER`), when it gave one.
    public var code: String?
    /// The engine's own description of the error.
    public var detail: String

    public init(engine: String, code: String?, detail: String) {
      self.engine = engine
      self.code = code
      self.detail = detail
    }

    public var description: String { "\(engine)\(code.map { " \($0)" } ?? ""): \(detail)" }
  }

  /// What the database engine reported, when the error came from it.
  public var cause: Cause? {
    switch self {
    case .cannotOpen(_, _, let cause), .refused(_, let cause), .unreachable(_, let cause),
      .database(_, let cause):
      cause
    case .newerSchema, .unknownAttempt, .attemptClosed, .attemptNotFinished, .damagedRow: nil
    }
  }

  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason, _): "cannot open the progress database \(path): \(reason)"
    case .newerSchema(let path, let unknown):
      "the progress database \(path) was written by a newer Frontline (it has \(unknown.joined(separator: ", "))); "
        + "upgrade Frontline to use it. It was not changed."
    case .unknownAttempt(let id): "no attempt has id \(id); `frontline history` lists them"
    case .attemptClosed(let id): "attempt \(id) is already closed; finished attempts are never changed"
    case .attemptNotFinished(let id):
      "attempt \(id) is not finished; only finished attempts are reviewed or disputed"
    case .refused(let message, _): "the progress database refused: \(message)"
    case .unreachable(let message, _): "cannot reach the progress database: \(message)"
    case .database(let message, _): "the progress database reported: \(message)"
    case .damagedRow(let table, let id, let detail):
      "row \(id) of table \(table) cannot be read (\(detail)); it is left out, the rest is shown"
    }
  }
}
