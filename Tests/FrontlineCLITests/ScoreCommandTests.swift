import Foundation
import Testing

@Suite struct ScoreCommandTests {
  let library = ["--library", FrontlineProcess.fixtures + "/library"]

  @Test func explainsAScoreForAPerson() async throws {
    let outcome = try await FrontlineProcess.run(
      ["score", "mini-refund", "--response", "Sorry Dana, your refund arrives in 3-5 business days."]
        + library)
    #expect(outcome.status == 0)
    let lines = outcome.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "mini-refund · opening  PASS 100/100  (pass mark 70)")
    #expect(lines.contains("  ✓ Apologises for the delay (empathy 10/10)"))
    #expect(lines.contains("      “Sorry”"))
  }

  @Test func writesTheJSONFieldsToolsRelyOn() async throws {
    let outcome = try await FrontlineProcess.run(
      ["score", "mini-refund", "--response", "Calm down. We can't refund you.", "--format", "json"] + library)
    #expect(outcome.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
    #expect(object["scenario"] as? String == "mini-refund")
    #expect(object["step"] as? String == "opening")
    #expect(object["score"] as? Double == 0)
    #expect(object["passed"] as? Bool == false)
    #expect(object["criticalFailures"] as? [String] == ["no-blame"])
    let categories = try #require(object["categories"] as? [String: Any])
    #expect(Set(categories.keys) == ["empathy", "accuracy", "routing"])
    let criteria = try #require(object["criteria"] as? [[String: Any]])
    let refund = try #require(criteria.first { $0["id"] as? String == "states-refund" })
    #expect(refund["met"] as? Bool == false)
    #expect(refund["category"] as? String == "accuracy")
    #expect(refund["points"] as? Double == 0)
    #expect(refund["tip"] as? String == "Offer the refund and say when it arrives.")
    let blame = try #require(criteria.first { $0["id"] as? String == "no-blame" })
    #expect(blame["evidence"] as? String == "Calm down")
  }

  @Test func scoresARouteAndRejectsAnUnknownDepartment() async throws {
    let routed = try await FrontlineProcess.run(
      ["score", "mini-refund", "--response", "Sorry.", "--route", "billing", "--format", "json"] + library)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(routed.stdout.utf8)) as? [String: Any])
    #expect((object["categories"] as? [String: Any])?["routing"] as? Double == 0)
    let unknown = try await FrontlineProcess.run(
      ["score", "mini-refund", "--response", "x", "--route", "billng"] + library)
    #expect(unknown.status != 0)
    #expect(unknown.stderr.contains("unknown department 'billng'; the departments are: billing, supervisor"))
  }

  @Test func scoresAFileLineByLineAndNamesBadLines() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "frontline-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("replies.jsonl").path
    let lines = [
      #"{"response": "Sorry, refund in 3-5 business days."}"#, "not json", #"{"route": "billing"}"#,
      #"{"response": "Transferring you.", "route": "billing"}"#, #"{"response": "x", "route": "nowhere"}"#,
      "  ", #"{"response": "Sorry, refund in 3-5 business days."}"#,
    ]
    try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
    let outcome = try await FrontlineProcess.run(
      ["score", "mini-refund", "--responses-file", file, "--format", "json"] + library)
    #expect(outcome.status == 1)
    // Output line N is the result of input line N: a line that cannot be scored has an error object.
    let results = outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
      try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
    #expect(results.count == lines.count)
    #expect(results.map { $0?["passed"] as? Bool } == [true, nil, nil, false, nil, nil, true])
    #expect(results.map { $0?["line"] as? Int } == [nil, 2, 3, nil, 5, 6, nil])
    #expect((results[1]?["error"] as? String)?.hasPrefix("not a JSON object") == true)
    #expect(results[2]?["error"] as? String == "missing \"response\" (a string)")
    #expect((results[4]?["error"] as? String)?.hasPrefix("unknown department 'nowhere'") == true)
    #expect(results[5]?["error"] as? String == "a blank line; expected a JSON object")
    #expect(outcome.stderr.contains("replies.jsonl:2: error: not a JSON object"))
    #expect(outcome.stderr.contains("replies.jsonl:3: error: missing \"response\" (a string)"))
    #expect(outcome.stderr.contains("replies.jsonl:5: error: unknown department 'nowhere'"))
    #expect(outcome.stderr.contains("4 of 7 lines could not be scored."))
  }

  @Test func suggestsTheClosestScenario() async throws {
    let outcome = try await FrontlineProcess.run(["score", "mini-refunds", "--response", "x"] + library)
    #expect(outcome.status != 0)
    #expect(outcome.stderr.contains("unknown scenario 'mini-refunds'; did you mean 'mini-refund'?"))
  }

  @Test func needsExactlyOneSourceOfReplies() async throws {
    let outcome = try await FrontlineProcess.run(["score", "mini-refund"] + library)
    #expect(outcome.status != 0)
    #expect(outcome.stderr.contains("give either --response TEXT or --responses-file FILE.jsonl"))
  }
}
