import Foundation
import Testing

/// A `frontline` built without the PostgreSQL trait leaves the PostgreSQL stack out and says how to
/// get it when given a server.
@Suite struct BuildTraitTests {
  @Test(.enabled(if: !FrontlineProcess.hasPostgreSQL, "frontline was built with the PostgreSQL trait"))
  func aServerAddressExplainsHowToBuildWithPostgreSQL() async throws {
    for arguments in [
      ["history", "--trainee", "dana", "--database", "postgres://dana:secret@db.example.com/frontline"],
      ["admin", "init", "--database", "postgres://dana:secret@db.example.com/frontline"],
    ] {
      let outcome = try await FrontlineProcess.run(arguments)
      #expect(outcome.status != 0)
      #expect(outcome.stderr.contains("this frontline was built without PostgreSQL support"))
      #expect(outcome.stderr.contains("swift build -c release --traits PostgreSQL --product frontline"))
      #expect(outcome.stderr.contains("postgres://dana@db.example.com/frontline"))
      #expect(!outcome.stderr.contains("secret"))
    }
  }

  @Test(.enabled(if: FrontlineProcess.hasPostgreSQL, "frontline was built without the PostgreSQL trait"))
  func aServerAddressIsOpenedWhenBuiltWithPostgreSQL() async throws {
    // Nothing listens on port 1: the store is tried, and the failure is the server's, not the build's.
    let outcome = try await FrontlineProcess.run([
      "history", "--trainee", "dana", "--database", "postgres://dana@127.0.0.1:1/frontline?sslmode=disable",
    ])
    #expect(outcome.status != 0)
    #expect(!outcome.stderr.contains("built without PostgreSQL support"))
    #expect(outcome.stderr.contains("postgres://dana@127.0.0.1:1/frontline"))
  }
}
