import Foundation
import FrontlineHistory
import NIOCore
import PostgresNIO

/// PostgreSQL's errors told as ``StoreError``s, in words a trainee or an administrator can act on.
enum PostgresErrors {
  /// Whether the connection itself failed (as opposed to the statement), so the work can be retried
  /// on a new one.
  static func isConnectionLoss(_ error: any Error) -> Bool {
    if let error = error as? PSQLError {
      switch error.code {
      case .serverClosedConnection, .connectionError, .uncleanShutdown, .clientClosedConnection: return true
      case .server:
        // admin_shutdown, crash_shutdown, cannot_connect_now; connection exceptions.
        let state = error.serverInfo?[.sqlState] ?? ""
        return state.hasPrefix("57P") || state.hasPrefix("08")
      default: return false
      }
    }
    return error is ChannelError || error is IOError || error is NIOConnectionError || error is NoReply
  }

  /// What went wrong, briefly.
  static func reason(_ error: any Error) -> String {
    if let error = error as? PSQLError {
      if let message = error.serverInfo?[.message] { return message }
      if let underlying = error.underlying { return reason(underlying) }
      switch error.code {
      case .serverClosedConnection: return "the server closed the connection"
      case .connectionError: return "the connection failed"
      case .uncleanShutdown: return "the connection was cut"
      default: return "\(error.code)"
      }
    }
    if let error = error as? NIOConnectionError, let first = error.connectionErrors.first {
      return reason(first.error)
    }
    if let error = error as? IOError { return String(cString: strerror(error.errnoCode)).lowercased() }
    return "\(error)"
  }

  /// What PostgreSQL said: the SQLSTATE when the server answered, and the client's own account.
  static func cause(_ error: any Error) -> StoreError.Cause {
    let state = (error as? PSQLError)?.serverInfo?[.sqlState]
    return StoreError.Cause(engine: "PostgreSQL", code: state, detail: String(reflecting: error))
  }

  static func storeError(_ error: any Error, location: PostgresLocation) -> StoreError {
    if let error = error as? StoreError { return error }
    let cause = cause(error)
    guard let error = error as? PSQLError else {
      return isConnectionLoss(error)
        ? .unreachable("\(location): \(reason(error))", cause: cause) : .database(reason(error), cause: cause)
    }
    if isConnectionLoss(error) { return .unreachable("\(location): \(reason(error))", cause: cause) }
    guard let info = error.serverInfo else { return .database(reason(error), cause: cause) }
    let message = info[.message] ?? "\(error.code)"
    switch info[.sqlState] ?? "" {
    case "42501" where message == PostgresSchema.ownRecordMessage:
      return .refused(message, cause: cause)
    case "42501" where message.contains("row-level security"):
      return .refused(
        "\(message). On this server the login '\(location.user)' records and reads only its own history, "
          + "under the name '\(location.user)'", cause: cause)
    case "42501":
      return .refused(
        "\(message). The login '\(location.user)' may not do this: trainees record their own attempts and "
          + "disputes; team leaders record reviews, overrides and promotions", cause: cause)
    case "28P01", "28000":
      return .cannotOpen(
        path: location.description,
        reason: "\(message); give the password in PGPASSWORD or a line of ~/.pgpass", cause: cause)
    case "3D000":
      return .cannotOpen(
        path: location.description,
        reason: "\(message); create it, then run `frontline admin init --database \(location)`", cause: cause)
    case "42P01":
      return .cannotOpen(
        path: location.description,
        reason: "it has no Frontline tables (\(message)); run `frontline admin init --database \(location)`",
        cause: cause)
    default:
      let detail = info[.detail].map { " (\($0))" } ?? ""
      return .database(message + detail, cause: cause)
    }
  }
}
