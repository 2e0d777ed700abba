import Foundation
import Testing

@Suite struct RubricCommandTests {
  let library = ["--library", FrontlineProcess.fixtures + "/library"]

  @Test func passesWhenEveryExampleScoresAsExpected() async throws {
    let outcome = try await FrontlineProcess.run(["rubric", "test", "--verbose"] + library)
    #expect(outcome.status == 0)
    #expect(outcome.stdout.contains("✓ strong"))
    #expect(outcome.stdout.contains("✓ blames"))
    #expect(outcome.stdout.hasSuffix("2 examples: 2 as expected, 0 mismatches.\n"))
  }

  @Test func failsAndShowsWhyWhenAnExampleDisagrees() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "frontline-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let rubric = """
      {"format": 1, "id": "strict", "title": "Strict", "criteria": [
        {"id": "apologises", "category": "empathy", "description": "Apologises", "tip": "Say sorry.", "any": ["sorry"]}],
       "examples": [{"name": "no apology", "response": "Hello.", "expect": "pass"}]}
      """
    try rubric.write(to: folder.appendingPathComponent("strict.json"), atomically: true, encoding: .utf8)
    let outcome = try await FrontlineProcess.run(["rubric", "test", folder.path] + library)
    #expect(outcome.status == 1)
    #expect(outcome.stdout.contains("✗ no apology"))
    #expect(outcome.stdout.contains("expected pass, got fail"))
    #expect(outcome.stdout.contains("missed: apologises"))
  }

  @Test func testsOnlyTheFilesNamed() async throws {
    let path = FrontlineProcess.repository + "/rubrics/late-delivery-refund.json"
    let rubric = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
    let count = try #require((rubric as? [String: Any])?["examples"] as? [Any]).count
    let outcome = try await FrontlineProcess.run(
      ["rubric", "test", path, "--library", FrontlineProcess.repository])
    #expect(outcome.status == 0)
    #expect(outcome.stdout.hasSuffix("\(count) examples: \(count) as expected, 0 mismatches.\n"))
    let whole = try await FrontlineProcess.run(["rubric", "test", "--library", FrontlineProcess.repository])
    #expect(!whole.stdout.hasSuffix("\(count) examples: \(count) as expected, 0 mismatches.\n"))
  }

  @Test func reportsAgreementWithAPersonsLabels() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "frontline-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let labels = [
      #"{"response": "Sorry Dana, refund in 3-5 business days.", "passed": true, "categories": {"empathy": 100}}"#,
      #"{"response": "Calm down.", "passed": false}"#, #"{"response": "Sorry, refunded.", "passed": true}"#,
    ]
    let file = folder.appendingPathComponent("labels.jsonl").path
    try labels.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
    let outcome = try await FrontlineProcess.run(
      ["rubric", "calibrate", "mini-refund", file, "--format", "json"] + library)
    #expect(outcome.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
    #expect(object["replies"] as? Int == 3)
    #expect(object["labelledVerdicts"] as? Int == 3)
    #expect(object["agreement"] as? Double == 0.667)
    #expect(object["kappa"] as? Double == 0.4)
    let text = try await FrontlineProcess.run(["rubric", "calibrate", "mini-refund", file] + library)
    #expect(text.stdout.contains("Pass/fail agreement: 67% (2 of 3)"))
    #expect(text.stdout.contains("Cohen's kappa: 0.40 (fair agreement)"))
    #expect(text.stdout.contains("line 3: “Sorry, refunded.”"))
  }

  @Test(arguments: ["scenario", "rubric", "ladder", "departments"])
  func printsEachSchema(kind: String) async throws {
    let outcome = try await FrontlineProcess.run(["schema", kind])
    #expect(outcome.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
    #expect(object?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
  }
}

@Suite struct BundledLibraryCommandTests {
  @Test func theBundledLibraryValidatesAndItsRubricTestsPass() async throws {
    let validate = try await FrontlineProcess.run(["validate"])
    #expect(validate.status == 0)
    #expect(validate.stdout.contains("no problems"))
    let test = try await FrontlineProcess.run(["rubric", "test"])
    #expect(test.status == 0, "\(test.stdout)")
    #expect(test.stdout.contains("0 mismatches."))
  }
}
