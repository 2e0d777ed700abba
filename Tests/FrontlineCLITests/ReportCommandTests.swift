import Foundation
import Testing

/// The team report and the xAPI export over a history written by separate processes.
@Suite struct ReportCommandTests {
  private func database() async throws -> (path: String, folder: URL) {
    try await FrontlineProcess.seededDatabase([("Dana", 3), ("佐藤 花子", 2), ("Lee, \"Jr\"", 1)])
  }

  @Test func theTeamReportHasOneRowPerTraineeInEveryFormat() async throws {
    let (path, folder) = try await database()
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = ["--database", path]
    let text = try await FrontlineProcess.run(["report", "--sort", "attempts"] + db)
    #expect(text.status == 0)
    let lines = text.stdout.split(separator: "\n").map(String.init)
    #expect(lines[0] == "Team report — all time — 3 trainees")
    #expect(lines[1].hasPrefix("TRAINEE"))
    #expect(lines[2].hasPrefix("Dana "))
    #expect(text.stdout.contains("Most missed criteria:"))
    let json = try await FrontlineProcess.run(["report", "--format", "json"] + db)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let rows = try #require(object["rows"] as? [[String: Any]])
    #expect(rows.count == 3)
    #expect(Set(rows.compactMap { $0["trainee"] as? String }) == ["Dana", "佐藤 花子", "Lee, \"Jr\""])
    let csv = try await FrontlineProcess.run(["report", "--format", "csv"] + db)
    let records = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(records.count == 4)
    #expect(records[0].hasPrefix("trainee,level,pending_level,attempts,pass_rate,empathy,accuracy,routing"))
    #expect(records.contains { $0.hasPrefix("\"Lee, \"\"Jr\"\"\",trainee,") })
    #expect(records.contains { $0.hasPrefix("佐藤 花子,") })
    #expect(records[0].hasSuffix(",trend,last_active,overridden_attempts"))
    let marked = try await FrontlineProcess.run(["report", "--format", "csv", "--bom"] + db)
    #expect(marked.stdout == "\u{FEFF}" + csv.stdout)
    let refused = try await FrontlineProcess.run(["report", "--bom"] + db)
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("--bom is for --format csv"))
  }

  @Test func writesTheReportToAFile() async throws {
    let (path, folder) = try await database()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("team.html").path
    let outcome = try await FrontlineProcess.run([
      "report", "--format", "html", "--output", file, "--database", path,
    ])
    #expect(outcome.status == 0)
    let html = try String(contentsOfFile: file, encoding: .utf8)
    #expect(html.contains("佐藤 花子"))
    #expect(html.contains("Lee, &quot;Jr&quot;"))
  }

  @Test func exportsXAPIStatements() async throws {
    let (path, folder) = try await database()
    defer { try? FileManager.default.removeItem(at: folder) }
    let outcome = try await FrontlineProcess.run(["export", "--xapi", "--database", path])
    #expect(outcome.status == 0)
    let statements = try #require(
      try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
    #expect(statements.count == 6)
    let first = statements[0]
    #expect((first["actor"] as? [String: Any])?["account"] != nil)
    let verb = try #require((first["verb"] as? [String: Any])?["id"] as? String)
    #expect(
      verb == "http://adlnet.gov/expapi/verbs/passed" || verb == "http://adlnet.gov/expapi/verbs/failed")
    let object = try #require(first["object"] as? [String: Any])
    #expect(
      (object["definition"] as? [String: Any])?["type"] as? String
        == "http://adlnet.gov/expapi/activities/simulation")
    let result = try #require(first["result"] as? [String: Any])
    let score = try #require(result["score"] as? [String: Any])
    #expect(score["min"] as? Double == 0 && score["max"] as? Double == 100)
    #expect((score["scaled"] as? Double).map { (0...1).contains($0) } == true)
    #expect(result["completion"] as? Bool == true)
    #expect((result["duration"] as? String)?.hasPrefix("PT") == true)
    #expect(first["timestamp"] as? String != nil)
    let again = try await FrontlineProcess.run(["export", "--xapi", "--database", path])
    #expect(again.stdout == outcome.stdout, "statement ids are stable")
  }

  @Test func drillsIntoOneTraineeAndOneScenario() async throws {
    let (path, folder) = try await database()
    defer { try? FileManager.default.removeItem(at: folder) }
    let trainee = try await FrontlineProcess.run([
      "report", "--trainee", "Dana", "--format", "json", "--database", path,
    ])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(trainee.stdout.utf8)) as? [String: Any])
    #expect(object["attempts"] as? Int == 3)
    let missed = try #require(object["mostMissed"] as? [[String: Any]])
    #expect(!missed.isEmpty)
    #expect(missed.allSatisfy { $0["tip"] != nil && ($0["misses"] as? Int ?? 0) > 0 })
    #expect((object["byKind"] as? [String: Any])?["complaint"] != nil)
    let unknown = try await FrontlineProcess.run(["report", "--trainee", "Nobody", "--database", path])
    #expect(unknown.status != 0)
    #expect(unknown.stderr.contains("no trainee 'Nobody'"))
    let scenario = try await FrontlineProcess.run([
      "report", "--scenario", "late-delivery-refund", "--database", path,
    ])
    #expect(scenario.status == 0)
    #expect(scenario.stdout.hasPrefix("late-delivery-refund — 0 finished attempts by 0 trainees"))
  }
}
