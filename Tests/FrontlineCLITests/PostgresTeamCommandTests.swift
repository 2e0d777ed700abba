import Foundation
import FrontlineTestSupport
import Testing

/// A team on one PostgreSQL server: the administrator prepares it, two trainees practise at the same
/// time from their own processes, and a team leader reviews; the server refuses what a role may not
/// do, with a message that says so.
@Suite(
  .enabled(if: TestPostgres.available, Comment(rawValue: TestPostgres.unavailable)),
  .enabled(if: FrontlineProcess.hasPostgreSQL, Comment(rawValue: FrontlineProcess.withoutPostgreSQL)))
struct PostgresTeamCommandTests {
  @Test func twoTraineesAndALeadShareOneServer() async throws {
    let server = try #require(TestPostgres.address)
    let location = try TestPostgres.newDatabase()
    defer { TestPostgres.drop(location) }
    let owner = server.replacingOccurrences(of: "/postgres?", with: "/\(location.database)?")
    let dana = TestPostgres.uniqueLogin("dana")
    let sam = TestPostgres.uniqueLogin("sam")
    let lee = TestPostgres.uniqueLogin("lee")
    func address(_ login: String) -> String {
      "postgres://\(login)@\(location.host):\(location.port)/\(location.database)?sslmode=disable"
    }

    let initAgain = try await FrontlineProcess.run(["admin", "init", "--database", owner])
    #expect(initAgain.status == 0, "\(initAgain.stderr)")
    #expect(initAgain.stdout.contains("is ready"))
    for (login, role) in [(dana, "add-trainee"), (sam, "add-trainee"), (lee, "add-lead")] {
      let added = try await FrontlineProcess.run(
        ["admin", role, login, "--database", owner], stdin: "\(login)-pw\n")
      #expect(added.status == 0, "\(added.stderr)")
    }

    // Both trainees practise at once, each from their own process and login.
    let script = try String(
      contentsOfFile: FrontlineProcess.fixtures + "/transcripts/late-delivery-refund-strong.in",
      encoding: .utf8)
    // On a server the login is the trainee: no --trainee needed.
    async let danaRun = FrontlineProcess.run(
      ["--database", address(dana)], stdin: script,
      environment: ["PGPASSWORD": "\(dana)-pw"])
    async let samRun = FrontlineProcess.run(
      ["--trainee", sam, "--database", address(sam)], stdin: script, environment: ["PGPASSWORD": "\(sam)-pw"])
    let (danaOutcome, samOutcome) = try await (danaRun, samRun)
    #expect(danaOutcome.stdout.contains("Result: PASS 100/100"), "\(danaOutcome.stdout)\(danaOutcome.stderr)")
    #expect(samOutcome.stdout.contains("Result: PASS 100/100"), "\(samOutcome.stderr)")

    // Each sees their own history only.
    let danaHistory = try await FrontlineProcess.run(
      ["history", "--format", "json", "--database", address(dana)],
      environment: ["PGPASSWORD": "\(dana)-pw"])
    let attempts = try #require(
      try JSONSerialization.jsonObject(with: Data(danaHistory.stdout.utf8)) as? [[String: Any]])
    #expect(attempts.count == 1)
    let attempt = try #require(attempts.first?["id"] as? Int)
    let peek = try await FrontlineProcess.run(
      ["history", "--trainee", sam, "--database", address(dana)], environment: ["PGPASSWORD": "\(dana)-pw"])
    #expect(peek.stdout.contains("No attempts yet"))

    // A trainee's override is refused by the server itself.
    let selfReview = try await FrontlineProcess.run(
      [
        "review", "\(attempt)", "--reviewer", dana, "--override", "passed=false", "--reason", "x",
        "--database", address(dana),
      ],
      environment: ["PGPASSWORD": "\(dana)-pw"])
    #expect(selfReview.status != 0)
    #expect(selfReview.stderr.contains("refused: permission denied for table review"), "\(selfReview.stderr)")

    // The lead reads everyone and overrides, in their own name.
    let review = try await FrontlineProcess.run(
      [
        "review", "\(attempt)", "--reviewer", lee, "--override", "empathy=90", "--reason", "warmer opening",
        "--database", address(lee),
      ], environment: ["PGPASSWORD": "\(lee)-pw"])
    #expect(review.status == 0, "\(review.stderr)")
    let report = try await FrontlineProcess.run(
      ["report", "--format", "csv", "--database", address(lee)], environment: ["PGPASSWORD": "\(lee)-pw"])
    #expect(report.status == 0, "\(report.stderr)")
    #expect(report.stdout.contains(dana) && report.stdout.contains(sam))
  }

  @Test func migrateCopiesAHistoryOnceAndSaysWhatItDid() async throws {
    let server = try #require(TestPostgres.address)
    let (path, folder) = try await FrontlineProcess.seededDatabase([("Dana", 3), ("Sam", 2)])
    defer { try? FileManager.default.removeItem(at: folder) }
    let location = try TestPostgres.newDatabase()
    defer { TestPostgres.drop(location) }
    let owner = server.replacingOccurrences(of: "/postgres?", with: "/\(location.database)?")
    let first = try await FrontlineProcess.run(["admin", "migrate", "--from", path, "--to", owner])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.contains("attempt: 5 copied, 0 already there"))
    #expect(first.stdout.contains("turn: 10 copied, 0 already there"))
    #expect(first.stdout.contains("every row checked against the file"))
    #expect(!first.stdout.contains(location.password ?? "no password"), "no password in what is printed")
    let again = try await FrontlineProcess.run(["admin", "migrate", "--from", path, "--to", owner])
    #expect(again.status == 0)
    #expect(again.stdout.contains("Nothing new"))
    let history = try await FrontlineProcess.run(["history", "--trainee", "Dana", "--database", owner])
    #expect(history.stdout.split(separator: "\n").count == 3)
    let missing = try await FrontlineProcess.run([
      "admin", "migrate", "--from", "/nonexistent.sqlite", "--to", owner,
    ])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("/nonexistent.sqlite: no such file"))
  }

  @Test func anUnreachableServerIsReportedAtOnce() async throws {
    let outcome = try await FrontlineProcess.run(
      ["history", "--trainee", "dana", "--database", "postgres://dana@127.0.0.1:1/team?sslmode=disable"])
    #expect(outcome.status != 0)
    #expect(outcome.stderr.contains("postgres://dana@127.0.0.1:1/team"))
    #expect(!outcome.stderr.contains("retrying"))
  }
}
