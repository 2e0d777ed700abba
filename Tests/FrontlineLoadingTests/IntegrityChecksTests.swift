import Foundation
import FrontlineModel
import Testing

@testable import FrontlineLoading

/// What `validate` checks so that a pass means what it says: the ladder can be climbed on the library
/// with different scenarios, and an ended-early ending is never where a reply leads.
@Suite struct IntegrityChecksTests {
  /// The fixture library with `ladder` as its ladder file, and its scenario and rubric edited.
  private func library(
    ladder: String? = nil, editScenario: (String) -> String = { $0 }, editRubric: (String) -> String = { $0 }
  ) throws -> (URL, LibraryLoader.Result) {
    let folder = try Fixtures.temporaryFolder()
    for sub in ["scenarios", "rubrics"] {
      try FileManager.default.createDirectory(
        at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
    }
    try FileManager.default.copyItem(
      atPath: Fixtures.library + "/rubrics/departments.json",
      toPath: folder.appendingPathComponent("rubrics/departments.json").path)
    let rubric = try String(contentsOfFile: Fixtures.library + "/rubrics/refund-basics.json", encoding: .utf8)
    try editRubric(rubric).write(
      to: folder.appendingPathComponent("rubrics/refund-basics.json"), atomically: true, encoding: .utf8)
    let scenario = try String(
      contentsOfFile: Fixtures.library + "/scenarios/mini-refund.json", encoding: .utf8)
    try editScenario(scenario).write(
      to: folder.appendingPathComponent("scenarios/mini-refund.json"), atomically: true, encoding: .utf8)
    let ladderText =
      try ladder ?? String(contentsOfFile: Fixtures.library + "/rubrics/ladder.json", encoding: .utf8)
    try ladderText.write(
      to: folder.appendingPathComponent("rubrics/ladder.json"), atomically: true, encoding: .utf8)
    let result = LibraryLoader.load(paths: [
      folder.appendingPathComponent("scenarios").path, folder.appendingPathComponent("rubrics").path,
    ])
    return (folder, result)
  }

  private static func ladder(_ requirement: String) -> String {
    """
    {"format": 1, "levels": [
      {"id": "trainee", "title": "Trainee", "requirements": []},
      {"id": "senior-agent", "title": "Senior Agent", "requirements": [\(requirement)]}
    ]}
    """
  }

  @Test func aLevelTheLibraryCannotMeetWithDifferentScenariosIsAnError() throws {
    let (folder, result) = try library(ladder: Self.ladder(#"{"passed": 3, "kind": "complaint"}"#))
    defer { try? FileManager.default.removeItem(at: folder) }
    let errors = result.diagnostics.filter { $0.severity == .error }
    #expect(errors.count == 1)
    #expect(
      errors.first?.message
        == "senior-agent needs 3 different complaint scenarios; the library has 1: mini-refund. "
        + "Add scenarios, ask for fewer, or let repeats count with \"distinct\": false")
    #expect(errors.first?.path.description == "levels[1].requirements[0].passed")
    #expect(errors.first?.location?.line == 3)
  }

  @Test func theShortfallNamesTheDifficultyAndCountsOnlyWhatQualifies() throws {
    let (folder, result) = try library(ladder: Self.ladder(#"{"passed": 1, "minDifficulty": 2}"#))
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(
      result.diagnostics.map(\.message) == [
        "senior-agent needs 1 different scenario at difficulty 2 or more; the library has none. "
          + "Add scenarios, ask for fewer, or let repeats count with \"distinct\": false"
      ])
  }

  @Test(arguments: [
    #"{"passed": 1, "kind": "complaint"}"#, #"{"passed": 3, "kind": "complaint", "distinct": false}"#,
  ])
  func aLevelTheLibraryCanMeetIsClean(requirement: String) throws {
    let (folder, result) = try library(ladder: Self.ladder(requirement))
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(result.diagnostics.map(\.formatted) == [])
    guard case .passed(_, _, _, _, let distinct)? = result.library.ladder?.levels[1].requirements.first else {
      Issue.record("no passed requirement")
      return
    }
    #expect(distinct == !requirement.contains("false"))
  }

  @Test func noTransitionLeadsToAnEndedEarlyEnding() throws {
    let (folder, result) = try library { scenario in
      scenario.replacingOccurrences(
        of: #"{ "id": "lost", "outcome": "lost", "messages": "Forget it." }"#,
        with: #"{ "id": "lost", "outcome": "ended-early", "messages": "Forget it." }"#)
    }
    defer { try? FileManager.default.removeItem(at: folder) }
    let messages = result.diagnostics.filter { $0.file.hasSuffix("mini-refund.json") }.map(\.message)
    #expect(messages.count == 2)
    #expect(messages.allSatisfy { $0.contains("an ended-early ending: it is what the customer says") })
  }

  @Test func anOptionalStepIsRead() throws {
    let (folder, result) = try library { scenario in
      scenario.replacingOccurrences(
        of: #""id": "second-chance","#, with: #""id": "second-chance", "optional": true,"#)
    }
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(result.diagnostics.map(\.formatted) == [])
    #expect(result.library.scenario("mini-refund")?.steps.map(\.optional) == [false, true])
  }

  @Test func aFactCheckNeedsTheFactInEveryScenarioThatUsesIt() throws {
    let factCriterion = #"""
      "criteria": [
        { "id": "states-window", "category": "accuracy", "description": "Says how long the refund takes",
          "tip": "Give the refund time.", "fact": "refund-window" },
      """#
    let (folder, result) = try library(editRubric: {
      $0.replacingOccurrences(of: #""criteria": ["#, with: factCriterion)
    })
    defer { try? FileManager.default.removeItem(at: folder) }
    let errors = result.diagnostics.filter { $0.severity == .error }
    #expect(errors.count == 1)
    #expect(errors.first?.file.hasSuffix("scenarios/mini-refund.json") == true)
    #expect(
      errors.first?.message
        == "rubric 'refund-basics' has criteria this scenario cannot meet: 'states-window' checks fact "
        + "'refund-window', which scenario 'mini-refund' does not declare in its knowledge (it declares none)"
    )
  }
}
