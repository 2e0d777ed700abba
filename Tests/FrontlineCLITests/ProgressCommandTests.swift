import Foundation
import Testing

/// `progress`, `history` and `ladder` over a database written by a separate process.
@Suite struct ProgressCommandTests {
  /// A database with `attempts` finished attempts for Dana.
  private func database(attempts: Int) async throws -> (path: String, folder: URL) {
    try await FrontlineProcess.seededDatabase([("Dana", attempts)])
  }

  @Test func progressSaysWhatTheNextLevelTakes() async throws {
    let (path, folder) = try await database(attempts: 6)
    defer { try? FileManager.default.removeItem(at: folder) }
    let outcome = try await FrontlineProcess.run([
      "progress", "--trainee", "Dana", "--database", path, "--format", "json",
    ])
    #expect(outcome.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
    #expect(object["trainee"] as? String == "Dana")
    #expect(object["level"] as? String == "trainee")
    #expect(object["nextLevel"] as? String == "agent")
    #expect(object["attempts"] as? Int == 6)
    let requirements = try #require(object["requirements"] as? [[String: Any]])
    #expect(requirements.count == 4)
    #expect(requirements[0]["description"] as? String == "Pass 3 different inquiry scenarios")
    #expect(requirements[0]["current"] as? Double == 0)
    #expect(requirements[0]["target"] as? Double == 3)
    #expect(requirements[0]["met"] as? Bool == false)
    let averages = try #require(object["averages"] as? [String: Double])
    #expect(Set(averages.keys).isSuperset(of: ["empathy", "accuracy", "routing"]))
    let text = try await FrontlineProcess.run(["progress", "--trainee", "Dana", "--database", path])
    #expect(text.stdout.hasPrefix("Dana — Trainee\nNext: Agent — "))
    #expect(text.stdout.contains("Pass 3 different inquiry scenarios: 0 of 3"))
  }

  @Test func historyListsAttemptsNewestFirstInEveryFormat() async throws {
    let (path, folder) = try await database(attempts: 3)
    defer { try? FileManager.default.removeItem(at: folder) }
    let json = try await FrontlineProcess.run([
      "history", "--trainee", "Dana", "--database", path, "--format", "json",
    ])
    let attempts = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    #expect(attempts.count == 3)
    #expect(attempts.compactMap { $0["id"] as? Int } == [3, 2, 1])
    for attempt in attempts {
      for key in ["id", "scenario", "mode", "status", "score", "passed", "categories", "startedAt"] {
        #expect(attempt[key] != nil, "history JSON lacks \(key)")
      }
      #expect(attempt["status"] as? String == "finished")
      let started = attempt["startedAt"] as? String ?? ""
      #expect(ISO8601DateFormatter().date(from: started) != nil, "startedAt \(started) is not ISO 8601")
    }
    let limited = try await FrontlineProcess.run([
      "history", "--trainee", "Dana", "--database", path, "--limit", "1",
    ])
    #expect(limited.stdout.split(separator: "\n").count == 1)
    let csv = try await FrontlineProcess.run([
      "history", "--trainee", "Dana", "--database", path, "--format", "csv",
    ])
    let rows = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(rows.count == 4)
    #expect(rows[0].hasPrefix("id,trainee,scenario,kind,difficulty,mode,status"))
  }

  @Test func asksWhoseProgressWhenNoTraineeIsGiven() async throws {
    let outcome = try await FrontlineProcess.run(
      ["progress", "--database", "/tmp/unused.sqlite"], environment: ["FRONTLINE_TRAINEE": ""])
    #expect(outcome.status != 0)
    #expect(outcome.stderr.contains("say whose progress: --trainee NAME, or set FRONTLINE_TRAINEE"))
  }

  @Test func theLadderShowsEveryLevelAndWhereTheTraineeStands() async throws {
    let (path, folder) = try await database(attempts: 1)
    defer { try? FileManager.default.removeItem(at: folder) }
    let outcome = try await FrontlineProcess.run(["ladder", "--trainee", "Dana", "--database", path])
    #expect(outcome.status == 0)
    #expect(outcome.stdout.contains("▶ 1. Trainee / 研修生"))
    #expect(outcome.stdout.contains("  6. Director / ディレクター"))
    #expect(outcome.stdout.contains("Dana is a Trainee; `frontline progress` shows what Agent takes."))
  }

  @Test func refusesADatabaseItCannotOpen() async throws {
    let outcome = try await FrontlineProcess.run([
      "history", "--trainee", "Dana", "--database", "/proc/frontline/x.sqlite",
    ])
    #expect(outcome.status != 0)
    #expect(outcome.stderr.contains("cannot open the progress database /proc/frontline/x.sqlite"))
  }
}
