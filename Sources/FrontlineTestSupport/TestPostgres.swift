import Foundation
import FrontlineHistory
import FrontlinePostgres

/// The throwaway PostgreSQL server the test command starts (`.ci/with-postgres` sets
/// `FRONTLINE_TEST_POSTGRES` to its owner's address), and fresh databases on it.
public enum TestPostgres {
  /// The server's address, when one was started.
  public static let address: String? = ProcessInfo.processInfo.environment["FRONTLINE_TEST_POSTGRES"]
    .flatMap { $0.isEmpty ? nil : $0 }

  /// The folder of the throwaway cluster, for tests that restart it.
  public static let cluster: String? = ProcessInfo.processInfo.environment["FRONTLINE_TEST_POSTGRES_CLUSTER"]
    .flatMap { $0.isEmpty ? nil : $0 }

  /// Whether PostgreSQL tests can run.
  public static var available: Bool { address != nil }

  /// Why PostgreSQL tests are skipped when they are.
  public static let unavailable =
    "no PostgreSQL test server: run the tests with `.ci/with-postgres swift test --traits PostgreSQL`"

  /// A new database on the test server, prepared by `admin init`, as its owner.
  public static func newDatabase() throws -> PostgresLocation {
    guard let address else { throw StoreError.unreachable(unavailable) }
    return try newDatabase(on: address, prefix: "frontline_test")
  }

  /// A new database on the server at `address` (given as its owner), prepared by `admin init`.
  public static func newDatabase(on address: String, prefix: String) throws -> PostgresLocation {
    let server = try PostgresLocation(address)
    let name =
      prefix + "_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
    try PostgresAdmin.createDatabase(name, at: server)
    let location = server.database(name)
    try PostgresAdmin.initialise(location)
    return location
  }

  /// Drops a database made by ``newDatabase()``, or by ``newDatabase(on:prefix:)`` on `address`.
  public static func drop(_ location: PostgresLocation, on address: String? = address) {
    guard let address, let server = try? PostgresLocation(address) else { return }
    try? PostgresAdmin.dropDatabase(location.database, at: server)
  }

  /// A login name no other test uses (logins belong to the whole server).
  public static func uniqueLogin(_ base: String) -> String {
    base + "_" + UUID().uuidString.prefix(6).lowercased()
  }
}
