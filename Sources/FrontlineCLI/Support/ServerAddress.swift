import Foundation
import FrontlineText

/// `postgres://` addresses, known to every build: a build without the `PostgreSQL` trait leaves the
/// PostgreSQL stack out, and says so when it meets one.
enum ServerAddress {
  /// Whether `text` names a PostgreSQL database rather than a SQLite file.
  static func isAddress(_ text: String) -> Bool {
    text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
  }

  /// `address` without its password, for messages.
  static func shown(_ address: String) -> String {
    guard var url = URLComponents(string: address), url.password != nil else { return address }
    url.password = nil
    return url.string ?? address
  }

  /// What a build without PostgreSQL says when asked for a server.
  static func unsupported(_ address: String) -> CLIError {
    .usage(Interface.localizer(CommandText.withoutPostgreSQL, ["address": shown(address)]))
  }
}
