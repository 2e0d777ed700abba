import Foundation
import FrontlineTestSupport
import Testing

@testable import FrontlineCLI

/// `export --xapi`'s options: the home page, `--since` by when a statement last changed, and what
/// `--post` says when the store cannot be reached.
@Suite struct XAPIExportCommandTests {
  private func statements(_ outcome: ChildProcess.Outcome) throws -> [[String: Any]] {
    try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
  }

  @Test func theHomePageIsGivenCheckedOrTakenFromTheEnvironment() async throws {
    let (path, folder) = try await FrontlineProcess.seededDatabase([("Dana", 1)])
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = ["--database", path]
    let placeholder = try statements(try await FrontlineProcess.run(["export", "--xapi"] + db))
    #expect(
      (placeholder[0]["actor"] as? [String: Any])?["account"] as? [String: String]
        == ["homePage": "https://frontline.invalid", "name": "Dana"])
    let given = try statements(
      try await FrontlineProcess.run(
        ["export", "--xapi", "--home-page", "https://lms.example.com/"] + db,
        environment: ["FRONTLINE_XAPI_HOME": "https://other.example.com"]))
    #expect(
      (given[0]["object"] as? [String: Any])?["id"] as? String
        == "https://lms.example.com/scenarios/synthetic")
    let fromEnvironment = try statements(
      try await FrontlineProcess.run(
        ["export", "--xapi"] + db, environment: ["FRONTLINE_XAPI_HOME": "https://other.example.com"]))
    #expect(
      (fromEnvironment[0]["object"] as? [String: Any])?["id"] as? String
        == "https://other.example.com/scenarios/synthetic")
    let bad = try await FrontlineProcess.run(["export", "--xapi", "--home-page", "lms.example.com"] + db)
    #expect(bad.status != 0)
    #expect(
      bad.stderr.contains(
        "--home-page must be an absolute http or https URL, such as https://lms.example.com/frontline: got 'lms.example.com'"
      ))
    #expect(bad.stdout.isEmpty)
    let badVariable = try await FrontlineProcess.run(
      ["export", "--xapi"] + db, environment: ["FRONTLINE_XAPI_HOME": "mailto:x@example.com"])
    #expect(badVariable.status != 0)
    #expect(badVariable.stderr.contains("FRONTLINE_XAPI_HOME must be an absolute http or https URL"))
  }

  @Test func sinceSelectsByWhenAStatementLastChanged() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "frontline-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("progress.sqlite").path
    let db = ["--database", path]
    // Two attempts finished two days ago.
    let written = try await ChildProcess.run(
      FrontlineProcess.probe,
      ["write", "--trainee", "Dana", "--attempts", "2", "--turns", "2", "--hours-ago", "48"] + db)
    #expect(written.status == 0, "\(written.stderr)")
    let lead = try await FrontlineProcess.run(["admin", "add-lead", "Lee"] + db)
    #expect(lead.status == 0, "\(lead.stderr)")
    let twoDaysAgo = Date().addingTimeInterval(-49 * 3600).formatted(.iso8601.year().month().day())
    let all = try statements(
      try await FrontlineProcess.run(["export", "--xapi", "--since", twoDaysAgo] + db))
    #expect(all.count == 2)
    let beforeReview = Date().addingTimeInterval(-1).formatted(.iso8601)
    #expect(
      try statements(try await FrontlineProcess.run(["export", "--xapi", "--since", beforeReview] + db))
        .isEmpty)
    let review = try await FrontlineProcess.run(
      ["review", "2", "--reviewer", "Lee", "--override", "accuracy=13", "--reason", "no refund"] + db)
    #expect(review.status == 0, "\(review.stderr)")
    // Attempt 2's revised grade and the voiding of its original; attempt 1 is unchanged.
    for since in [beforeReview, Date().formatted(.iso8601.year().month().day())] {
      let changed = try statements(
        try await FrontlineProcess.run(["export", "--xapi", "--since", since] + db))
      let verbs = changed.compactMap { ($0["verb"] as? [String: Any])?["id"] as? String }
      #expect(verbs.count == 2 && verbs.last == "http://adlnet.gov/expapi/verbs/voided", "since \(since)")
    }
    let garbage = try await FrontlineProcess.run(["export", "--xapi", "--since", "yesterday"] + db)
    #expect(garbage.status != 0)
    #expect(garbage.stderr.contains("--since"))
  }

  @Test func sinceTakesADayOrAMomentWithItsOffset() throws {
    let moment = Date(timeIntervalSince1970: 1_796_047_200)  // 2026-11-30 14:00 UTC
    #expect(Moment(argument: "2026-11-30T14:00:00Z")?.date == moment)
    #expect(Moment(argument: "2026-11-30T23:00:00+09:00")?.date == moment)
    #expect(Moment(argument: "2026-11-30T14:00:00.500Z")?.date == moment + 0.5)
    #expect(Moment(argument: "2026-11-30")?.date == moment - 14 * 3600)
    #expect(Moment(argument: "2026-11-30 14:00") == nil)
    #expect(Moment(argument: "yesterday") == nil)
  }

  @Test func theStoresWordsAndTheCredentialsAreReadAsGiven() {
    #expect(
      LRSClient.message(Data(#"{"detail":"Differing statements already exist"}"#.utf8))
        == "Differing statements already exist")
    #expect(LRSClient.message(Data("Bad gateway\n\u{1B}[31m".utf8)) == "Bad gateway ^[[31m")
    #expect(LRSClient.message(Data()) == "(no message)")
    #expect(LRSClient.message(Data(String(repeating: "x", count: 600).utf8)).count == 501)
    #expect(LRSClient.basicAuthorization("dana:pa:ss") == "Basic ZGFuYTpwYTpzcw==")
    #expect(LRSClient.basicAuthorization("dana") == nil)
    #expect(LRSClient.basicAuthorization(":secret") == nil)
  }

  @Test func credentialsNeedAStoreAndANameAndPassword() async throws {
    let alone = try await FrontlineProcess.run(["export", "--xapi", "--user", "dana:secret"])
    #expect(alone.status != 0)
    #expect(alone.stderr.contains("--user is for --post"))
    #expect(!alone.stderr.contains("secret"))
    let noColon = try await FrontlineProcess.run([
      "export", "--xapi", "--post", "http://127.0.0.1:1/xAPI", "--user", "dana",
    ])
    #expect(noColon.status != 0)
    #expect(noColon.stderr.contains("--user takes NAME:PASSWORD"))
    let inURL = try await FrontlineProcess.run([
      "export", "--xapi", "--post", "http://dana:secret@127.0.0.1:1/xAPI",
    ])
    #expect(inURL.status != 0)
    #expect(inURL.stderr.contains("--post must not hold a user name or password"))
    #expect(!inURL.stderr.contains("secret"))
  }

  @Test func aStoreThatCannotBeReachedIsTriedAgainThenNamed() async throws {
    let (path, folder) = try await FrontlineProcess.seededDatabase([("Dana", 2)])
    defer { try? FileManager.default.removeItem(at: folder) }
    // Nothing listens on port 1.
    let outcome = try await FrontlineProcess.run([
      "export", "--xapi", "--post", "http://127.0.0.1:1/xAPI", "--database", path,
    ])
    #expect(outcome.status != 0)
    #expect(outcome.stderr.contains("error: batch 1 of 1 (attempts 1, 2): not sent after 4 tries:"))
    #expect(outcome.stderr.contains("1 batch of 1 failed: 2 statements not stored"))
    #expect(outcome.stdout.contains("Sent 0 statements in 0 batches to http://127.0.0.1:1/xAPI/statements"))
  }
}
