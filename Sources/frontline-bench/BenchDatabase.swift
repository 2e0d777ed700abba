import Foundation
import FrontlinePostgres
import FrontlineStorage

/// Throwaway databases on a PostgreSQL server, for benchmarks.
enum BenchDatabase {
  /// A new database on the server at `address` (as its owner), prepared by `admin init`.
  static func create(on address: String) throws -> PostgresLocation {
    let server = try PostgresLocation(address)
    let name = "frontline_bench_\(getpid())_\(Int(Date().timeIntervalSince1970))"
    try PostgresAdmin.createDatabase(name, at: server)
    let location = server.database(name)
    try PostgresAdmin.initialise(location)
    return location
  }

  static func drop(_ location: PostgresLocation, on address: String) {
    guard let server = try? PostgresLocation(address) else { return }
    try? PostgresAdmin.dropDatabase(location.database, at: server)
  }
}
