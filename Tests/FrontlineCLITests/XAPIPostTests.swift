import Foundation
import FrontlineTestSupport
import Testing

/// `export --xapi --post` against a real learning record store (Ralph, on loopback): what is sent
/// is stored, a revised grade arrives with the voiding of the one it supersedes, sending again is
/// accepted, and two installations never collide.
@Suite(.enabled(if: TestRalph.enabled, Comment(rawValue: TestRalph.unavailable)))
struct XAPIPostTests {
  /// A history with Dana's and Sato's attempts, and Lee recorded as a team leader.
  private func database() async throws -> (path: String, folder: URL) {
    try await FrontlineProcess.seededDatabase([("Dana", 2), ("佐藤 花子", 1)], lead: "Lee")
  }

  /// `export --xapi --post` to `lrs`, with its login in `FRONTLINE_XAPI_USER`.
  private func post(_ path: String, to lrs: TestRalph, _ extra: [String] = []) async throws
    -> ChildProcess.Outcome
  {
    try await FrontlineProcess.run(
      ["export", "--xapi", "--post", lrs.endpoint, "--database", path] + extra,
      environment: ["FRONTLINE_XAPI_USER": lrs.credentials])
  }

  /// The statements `export --xapi` writes, as JSON objects.
  private func exported(_ path: String) async throws -> [[String: Any]] {
    let outcome = try await FrontlineProcess.run(["export", "--xapi", "--database", path])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    return try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
  }

  /// The statements a store should show, by xAPI's rule: every statement that is not voided by a
  /// voiding statement it holds, and not itself a voiding statement.
  private func live(_ statements: [[String: Any]]) -> [[String: Any]] {
    let voided = Set(
      statements.filter(Self.isVoiding).compactMap { ($0["object"] as? [String: Any])?["id"] as? String })
    return statements.filter { !Self.isVoiding($0) && !voided.contains($0["id"] as? String ?? "") }
  }

  private static func isVoiding(_ statement: [String: Any]) -> Bool {
    (statement["verb"] as? [String: Any])?["id"] as? String == "http://adlnet.gov/expapi/verbs/voided"
  }

  /// Whether the store holds `sent` as it was sent: every property Frontline decides, unchanged.
  private func stored(_ sent: [String: Any], in store: [[String: Any]]) -> Bool {
    guard let kept = store.first(where: { $0["id"] as? String == sent["id"] as? String }) else {
      return false
    }
    return sent.allSatisfy { key, value in
      guard let other = kept[key] else { return false }
      return Self.canonical(value) == Self.canonical(other)
    }
  }

  /// A JSON value as text with sorted keys, to compare two values read from different texts.
  private static func canonical(_ value: Any) -> Data? {
    try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
  }

  @Test func theFirstExportIsStoredAsSent() async throws {
    let (path, folder) = try await database()
    defer { try? FileManager.default.removeItem(at: folder) }
    try await TestRalph.withServer { lrs in
      let outcome = try await post(path, to: lrs)
      #expect(outcome.status == 0, "\(outcome.stderr)")
      #expect(
        outcome.stdout
          == "Sent 3 statements in 1 batch to \(lrs.endpoint)/statements (3 attempts, 0 superseded grades voided).\n"
      )
      let password = String(lrs.credentials.split(separator: ":")[1])
      #expect(!outcome.stdout.contains(password) && !outcome.stderr.contains(password))
      let sent = try await exported(path)
      let store = try await lrs.statements()
      #expect(store.count == 3)
      for statement in sent { #expect(stored(statement, in: store), "\(statement["id"] ?? "")") }
      let names = Set(store.compactMap { ($0["actor"] as? [String: Any])?["name"] as? String })
      #expect(names == ["Dana", "佐藤 花子"])
    }
  }

  @Test func anOverrideArrivesAsARevisionThatVoidsTheOriginal() async throws {
    let (path, folder) = try await database()
    defer { try? FileManager.default.removeItem(at: folder) }
    try await TestRalph.withServer { lrs in
      let first = try await post(path, to: lrs)
      #expect(first.status == 0, "\(first.stderr)")
      let before = try await exported(path)
      let original = try #require(
        before.first { ($0["actor"] as? [String: Any])?["name"] as? String == "Dana" })
      let review = try await FrontlineProcess.run(
        ["review", "1", "--reviewer", "Lee", "--override", "accuracy=13", "--reason", "no refund offered"]
          + ["--database", path])
      #expect(review.status == 0, "\(review.stderr)")
      let second = try await post(path, to: lrs)
      #expect(second.status == 0, "\(second.stderr)")
      #expect(second.stdout.contains("Sent 4 statements in 1 batch"), "\(second.stdout)")
      #expect(second.stdout.contains("1 superseded grade voided"), "\(second.stdout)")
      let after = try await exported(path)
      let revised = try #require(
        after.first { ($0["actor"] as? [String: Any])?["name"] as? String == "Dana" })
      #expect(revised["id"] as? String != original["id"] as? String)
      let void = try #require(after.first(where: Self.isVoiding))
      #expect((void["object"] as? [String: Any])?["id"] as? String == original["id"] as? String)
      #expect((void["actor"] as? [String: Any])?["name"] as? String == "Lee")
      let store = try await lrs.statements()
      #expect(store.count == 5, "three originals, the revision and the void")
      #expect(stored(revised, in: store) && stored(void, in: store))
      // What a store that applies voiding shows: each attempt once, with the grade in force. (Ralph
      // 5.1.0 keeps the voided statement in plain GETs: it does not implement voiding.)
      let shown = live(store)
      #expect(shown.count == 3)
      #expect(shown.contains { $0["id"] as? String == revised["id"] as? String })
      #expect(!shown.contains { $0["id"] as? String == original["id"] as? String })
      let extensions = (revised["result"] as? [String: Any])?["extensions"] as? [String: Any] ?? [:]
      let categories = extensions.first { $0.key.hasSuffix("/xapi/extensions/categories") }?.value
      #expect((categories as? [String: Double])?["accuracy"] == 13)
      // Sending the unchanged history again is accepted, and adds nothing.
      let third = try await post(path, to: lrs)
      #expect(third.status == 0, "\(third.stderr)")
      #expect(try await lrs.statements().count == 5)
      // An accepting review changes nothing: same statements, accepted again.
      let note = try await FrontlineProcess.run(
        ["review", "1", "--reviewer", "Lee", "--note", "fair now", "--database", path])
      #expect(note.status == 0, "\(note.stderr)")
      let fourth = try await post(path, to: lrs)
      #expect(fourth.status == 0, "\(fourth.stderr)")
      #expect(try await lrs.statements().count == 5)
    }
  }

  @Test func twoInstallationsNeverGiveAStatementTheSameID() async throws {
    let (path, folder) = try await database()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (otherPath, otherFolder) = try await database()
    defer { try? FileManager.default.removeItem(at: otherFolder) }
    try await TestRalph.withServer { lrs in
      let one = try await post(path, to: lrs)
      let other = try await post(otherPath, to: lrs)
      #expect(one.status == 0, "\(one.stderr)")
      #expect(other.status == 0, "\(other.stderr)")
      let ids = Set(try await exported(path).compactMap { $0["id"] as? String })
      let otherIDs = Set(try await exported(otherPath).compactMap { $0["id"] as? String })
      #expect(ids.count == 3 && otherIDs.count == 3)
      #expect(ids.isDisjoint(with: otherIDs))
      #expect(try await lrs.statements().count == 6)
    }
  }

  @Test func aRefusedBatchIsNamedAndTheExportFails() async throws {
    let (path, folder) = try await database()
    defer { try? FileManager.default.removeItem(at: folder) }
    try await TestRalph.withServer { lrs in
      let wrong = try await FrontlineProcess.run([
        "export", "--xapi", "--post", lrs.endpoint, "--user", "frontline:not-the-password", "--database",
        path,
      ])
      #expect(wrong.status != 0)
      #expect(wrong.stderr.contains("error: batch 1 of 1 (attempts 1, 2, 3): the store refused it with 401"))
      #expect(wrong.stderr.contains("1 batch of 1 failed: 3 statements not stored"))
      #expect(!wrong.stderr.contains("not-the-password") && !wrong.stdout.contains("not-the-password"))
      #expect(wrong.stdout.contains("Sent 0 statements in 0 batches"))
      #expect(try await lrs.statements().isEmpty)
    }
  }
}
