import Foundation
import FrontlinePostgres
import FrontlineStorage

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
    "no PostgreSQL test server: run the tests with `.ci/with-postgres swift test`"

  /// A new database, prepared by `admin init`, as its owner.
  public static func newDatabase() throws -> PostgresLocation {
    guard let address else { throw StoreError.unreachable(unavailable) }
    let server = try PostgresLocation(address)
    let name =
      "frontline_test_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
    try PostgresAdmin.createDatabase(name, at: server)
    let location = server.database(name)
    try PostgresAdmin.initialise(location)
    return location
  }

  /// Drops a database made by ``newDatabase()``.
  public static func drop(_ location: PostgresLocation) {
    guard let address, let server = try? PostgresLocation(address) else { return }
    try? PostgresAdmin.dropDatabase(location.database, at: server)
  }

  /// A login name no other test uses (logins belong to the whole server).
  public static func uniqueLogin(_ base: String) -> String {
    base + "_" + UUID().uuidString.prefix(6).lowercased()
  }
}
