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

  /// An exemplar is shown to trainees as a model reply: one that fails its own step is an error.
  @Test func anExemplarThatFailsItsStepIsAnError() async throws {
    let outcome = try await FrontlineProcess.run(
      ["validate", "authoring/weak-exemplar.json"] + library, in: FrontlineProcess.fixtures)
    #expect(outcome.status == 1)
    #expect(
      outcome.stdout == """
        authoring/weak-exemplar.json:17:7: error: the exemplar fails its own step, scoring 40 against a pass \
        mark of 70 (missed: apologises, states-refund); trainees are shown it as a model reply (at \
        steps[0].exemplar)
        Checked 1 file: 1 error in 1 file.

        """)
  }

  /// One run finds every problem: a scenario with errors of its own still has its id (its rubric does
  /// not call it unknown, a second file with that id is a duplicate), its goto typo is found with the
  /// rest, enumerated values get a guess, and a pattern says where and why it does not compile.
  @Test func reportsEveryProblemInOneRun() async throws {
    let outcome = try await FrontlineProcess.run(
      ["validate", "authoring/one-run"] + library, in: FrontlineProcess.fixtures)
    #expect(outcome.status == 1)
    let lines = outcome.stdout.split(separator: "\n").map(String.init)
    let scenario = "authoring/one-run/scenarios/half-done.json"
    #expect(
      lines == [
        "authoring/one-run/scenarios/half-done-again.json:23:11: error: the pattern does not compile as a "
          + "regular expression: an unclosed group at character 32 (marked ▸): "
          + "'…3|three)-(5|five business days▸' (at steps[0].criteria[0].pattern)",
        "\(scenario):3:9: error: duplicate scenario id 'half-done': also defined in "
          + "authoring/one-run/scenarios/half-done-again.json:3 (at id)",
        "\(scenario):5:11: error: unknown kind 'escalate'; did you mean 'escalation'? Expected one of: "
          + "complaint, escalation, upsell, inquiry (at kind)",
        "\(scenario):6:17: error: 'difficulty' must be a whole number from 1 to 5, found 9 (at difficulty)",
        "\(scenario):9:47: error: unknown mood 'angy'; did you mean 'angry'? Expected one of: furious, angry, "
          + "annoyed, neutral, satisfied, delighted (at customer.mood)",
        "\(scenario):17:54: error: 'goto' names 'resolvd', which is neither a step nor an ending; did you mean "
          + "'resolved'? (at steps[0].next[0].goto)",
        "\(scenario):21:5: warning: ending 'resolved' is never reached: no transition leads to it (at endings[0])",
        "Checked 3 files: 6 errors and 1 warning in 2 files.",
      ])
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
