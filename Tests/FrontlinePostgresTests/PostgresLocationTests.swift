import Foundation
import FrontlineHistory
import Testing

@testable import FrontlinePostgres

/// Addresses and passwords are read as libpq reads them.
@Suite struct PostgresLocationTests {
  @Test func readsEveryPartOfAnAddress() throws {
    let location = try PostgresLocation(
      "postgres://lee:s%40cret@db.example.com:6543/team?sslmode=verify-full&sslrootcert=/etc/ca.pem",
      environment: [:])
    #expect(location.user == "lee")
    #expect(location.password == "s@cret")
    #expect(location.host == "db.example.com")
    #expect(location.port == 6543)
    #expect(location.database == "team")
    #expect(location.tls == .verifyFull)
    #expect(location.rootCertificate == "/etc/ca.pem")
    #expect(location.description == "postgres://lee@db.example.com:6543/team", "no password in messages")
  }

  @Test func fillsTheGapsFromTheEnvironmentLikePsql() throws {
    let location = try PostgresLocation(
      "postgresql://", environment: ["PGHOST": "pg", "PGPORT": "5433", "PGUSER": "dana", "PGPASSWORD": "pw"])
    #expect(location.host == "pg")
    #expect(location.port == 5433)
    #expect(location.user == "dana")
    #expect(location.database == "dana")
    #expect(location.password == "pw")
    #expect(location.tls == .prefer)
  }

  @Test func refusesWhatIsNotAnAddress() {
    #expect(throws: StoreError.self) { try PostgresLocation("mysql://x", environment: [:]) }
    #expect(throws: StoreError.self) {
      try PostgresLocation("postgres://h/db?sslmode=sometimes", environment: [:])
    }
    #expect(!PostgresLocation.isAddress("/home/dana/frontline.sqlite"))
  }

  @Test func findsThePasswordInAPrivatePasswordFile() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: file) }
    try """
    # host:port:database:user:password
    other:5432:team:dana:nope
    db:5432:team:dana:with\\:colon
    *:*:*:lee:lee-pw
    """.write(to: file, atomically: true, encoding: .utf8)
    chmod(file.path, 0o600)
    let environment = ["PGPASSFILE": file.path]
    #expect(
      try PostgresLocation("postgres://dana@db/team", environment: environment).password == "with:colon")
    #expect(
      try PostgresLocation("postgres://lee@anywhere:1/x", environment: environment).password == "lee-pw")
    #expect(try PostgresLocation("postgres://sam@db/team", environment: environment).password == nil)
    // PGPASSWORD comes before the file; the address before both.
    #expect(
      try PostgresLocation(
        "postgres://dana@db/team", environment: environment.merging(["PGPASSWORD": "env"]) { $1 }
      )
      .password == "env")
    // A file others can read is ignored, as libpq ignores it.
    chmod(file.path, 0o644)
    #expect(try PostgresLocation("postgres://lee@db/team", environment: environment).password == nil)
  }
}
