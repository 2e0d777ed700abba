import Foundation
import Testing

/// `frontline new` writes skeletons that validate and pass their own rubric test as written, in the
/// bundled library's company (its house rules included), and never overwrites a file.
@Suite struct NewCommandTests {
  /// A copy of the bundled library in a folder of its own.
  private func libraryCopy() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "frontline-new-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for part in ["scenarios", "rubrics"] {
      try FileManager.default.copyItem(
        atPath: FrontlineProcess.repository + "/" + part, toPath: folder.appendingPathComponent(part).path)
    }
    return folder.path
  }

  @Test(arguments: [("en", "email"), ("ja", "phone")])
  func aNewScenarioValidatesAndItsRubricTestPasses(language: String, channel: String) async throws {
    let library = try libraryCopy()
    defer { try? FileManager.default.removeItem(atPath: library) }
    let made = try await FrontlineProcess.run([
      "new", "scenario", "first-draft", "--kind", "complaint", "--language", language, "--channel", channel,
      "--library", library,
    ])
    #expect(made.status == 0, "\(made.stderr)")
    #expect(made.stdout.contains("Wrote \(library)/scenarios/first-draft.json"))
    #expect(made.stdout.contains("Wrote \(library)/rubrics/first-draft.json"))
    let checked = try await FrontlineProcess.run(["validate", "--library", library])
    #expect(checked.status == 0, "\(checked.stdout)")
    let warnings = checked.stdout.split(separator: "\n").filter { $0.contains("warning:") }
    #expect(!warnings.isEmpty)
    #expect(
      warnings.allSatisfy { $0.contains("first-draft.json") && $0.contains("still holds a placeholder") })
    let tested = try await FrontlineProcess.run([
      "rubric", "test", "--library", library, library + "/scenarios/first-draft.json",
      library + "/rubrics/first-draft.json",
    ])
    #expect(tested.status == 0, "\(tested.stdout)")
    #expect(tested.stdout.hasSuffix("as expected, 0 mismatches.\n"))
  }

  @Test func nothingIsOverwrittenAndABadIdIsRefused() async throws {
    let library = try libraryCopy()
    defer { try? FileManager.default.removeItem(atPath: library) }
    let existing = try await FrontlineProcess.run([
      "new", "scenario", "late-delivery-refund", "--kind", "complaint", "--channel", "chat", "--library",
      library,
    ])
    #expect(existing.status != 0)
    #expect(
      existing.stderr.contains("scenarios/late-delivery-refund.json exists already; nothing was written"))
    let bad = try await FrontlineProcess.run([
      "new", "rubric", "Bad_Id", "--scenario", "late-delivery-refund", "--library", library,
    ])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("'Bad_Id' is not a valid id"))
    let kind = try await FrontlineProcess.run([
      "new", "scenario", "x", "--kind", "complain", "--channel", "chat", "--library", library,
    ])
    #expect(kind.status != 0)
    #expect(kind.stderr.contains("complaint"))
  }
}
