import Foundation
import FrontlineTestSupport
import Testing

/// A history moved to a team's server exports the same statements, ids included, as the file did.
@Suite(
  .enabled(if: TestPostgres.available, Comment(rawValue: TestPostgres.unavailable)),
  .enabled(if: FrontlineProcess.hasPostgreSQL, Comment(rawValue: FrontlineProcess.withoutPostgreSQL)))
struct XAPIPostgresTests {
  @Test func aHistoryCopiedToAServerKeepsItsStatementIDs() async throws {
    let server = try #require(TestPostgres.address)
    let (path, folder) = try await FrontlineProcess.seededDatabase([("Dana", 2), ("佐藤 花子", 1)], lead: "Lee")
    defer { try? FileManager.default.removeItem(at: folder) }
    let review = try await FrontlineProcess.run(
      [
        "review", "1", "--reviewer", "Lee", "--override", "accuracy=13", "--reason", "no refund",
        "--database", path,
      ])
    #expect(review.status == 0, "\(review.stderr)")
    let location = try TestPostgres.newDatabase()
    defer { TestPostgres.drop(location) }
    let owner = server.replacingOccurrences(of: "/postgres?", with: "/\(location.database)?")
    let before = try await FrontlineProcess.run(["export", "--xapi", "--database", owner])
    #expect(before.status == 0, "\(before.stderr)")
    #expect(before.stdout == "[\n\n]\n" || before.stdout == "[]\n", "an empty server exports nothing")
    let copy = try await FrontlineProcess.run(["admin", "migrate", "--from", path, "--to", owner])
    #expect(copy.status == 0, "\(copy.stderr)")
    let fromFile = try await FrontlineProcess.run(["export", "--xapi", "--database", path])
    let fromServer = try await FrontlineProcess.run(["export", "--xapi", "--database", owner])
    #expect(fromServer.status == 0, "\(fromServer.stderr)")
    #expect(fromServer.stdout == fromFile.stdout)
    #expect(fromFile.stdout.contains("http://adlnet.gov/expapi/verbs/voided"))
  }
}
