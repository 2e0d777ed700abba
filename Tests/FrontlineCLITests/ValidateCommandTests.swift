import Foundation
import Testing

@Suite struct ValidateCommandTests {
  let library = ["--library", FrontlineProcess.fixtures + "/library"]

  @Test func passesACleanLibrary() async throws {
    let outcome = try await FrontlineProcess.run(["validate"] + library)
    #expect(outcome.status == 0)
    #expect(outcome.stdout == "Checked 4 files: no problems.\n")
  }

  @Test func reportsEveryErrorAndExitsWithStatus1() async throws {
    let outcome = try await FrontlineProcess.run(
      ["validate", "broken/wrong-fields.json", "broken/malformed-json.json"] + library,
      in: FrontlineProcess.fixtures)
    #expect(outcome.status == 1)
    let lines = outcome.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 10)
    #expect(
      lines.first
        == "broken/malformed-json.json:5:3: error: malformed JSON: expected ',' or '}' after the value of \"title\", found '\"'"
    )
    #expect(
      lines.contains(
        "broken/wrong-fields.json:16:7: error: unknown department 'billng'; did you mean 'billing'? (at steps[0].route)"
      ))
    #expect(lines.last == "Checked 2 files: 9 errors in 2 files.")
  }

  @Test func writesDiagnosticsAsJSON() async throws {
    let outcome = try await FrontlineProcess.run(
      ["validate", "--format", "json", "broken/unknown-format.json"] + library, in: FrontlineProcess.fixtures)
    #expect(outcome.status == 1)
    let document = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
    #expect(document?["errors"] as? Int == 1)
    let diagnostics = document?["diagnostics"] as? [[String: Any]]
    #expect(diagnostics?.first?["line"] as? Int == 2)
    #expect(diagnostics?.first?["column"] as? Int == 13)
    #expect(diagnostics?.first?["path"] as? String == "format")
  }

  @Test func warningsDoNotFail() async throws {
    let outcome = try await FrontlineProcess.run(
      ["validate", FrontlineProcess.fixtures + "/dir-library/rubrics"] + library)
    #expect(outcome.status == 0)
    #expect(outcome.stdout.hasSuffix("Checked 0 files: 1 warning in 1 file.\n"))
  }

  @Test func explainsAMissingLibrary() async throws {
    let outcome = try await FrontlineProcess.run(["list", "--library", "/nonexistent"])
    #expect(outcome.status != 0)
    #expect(outcome.stderr.contains("/nonexistent is not a scenario library: it has no scenarios/ folder"))
    #expect(!outcome.stderr.contains("Fatal"))
  }
}
