import Foundation
import Testing

@Suite struct ListCommandTests {
  let library = ["--library", FrontlineProcess.fixtures + "/library"]

  @Test func listsScenariosAsText() async throws {
    let outcome = try await FrontlineProcess.run(["list"] + library)
    #expect(outcome.status == 0)
    #expect(
      outcome.stdout == """
        ID           KIND        LEVEL  CHANNEL  LANG  TITLE
        mini-refund  complaint   ●○○○○  chat     en    A late order
        1 scenario.

        """)
  }

  @Test func listsScenariosAsJSON() async throws {
    let outcome = try await FrontlineProcess.run(["list", "--format", "json"] + library)
    let entries = try #require(
      try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
    #expect(entries.count == 1)
    #expect(entries[0]["id"] as? String == "mini-refund")
    #expect(entries[0]["kind"] as? String == "complaint")
    #expect(entries[0]["difficulty"] as? Int == 1)
    #expect(entries[0]["channel"] as? String == "chat")
    #expect(entries[0]["language"] as? String == "en")
    #expect(entries[0]["title"] as? String == "A late order")
  }

  @Test func filtersByKindAndLanguage() async throws {
    let none = try await FrontlineProcess.run(["list", "--kind", "upsell"] + library)
    #expect(none.stdout == "No scenarios match.\n")
    let japanese = try await FrontlineProcess.run(["list", "--language", "ja", "--format", "json"] + library)
    #expect(japanese.stdout == "[\n\n]\n")
  }

  @Test func rejectsAnUnknownKindWithTheChoices() async throws {
    let outcome = try await FrontlineProcess.run(["list", "--kind", "refund"] + library)
    #expect(outcome.status != 0)
    #expect(outcome.stderr.contains("complaint"))
  }

  @Test func listsTheBundledLibrary() async throws {
    let outcome = try await FrontlineProcess.run(["list", "--format", "json"])
    let entries = try #require(
      try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
    let ids = Set(entries.compactMap { $0["id"] as? String })
    #expect(
      ids.isSuperset(of: [
        "late-delivery-refund", "double-charge-escalation", "plan-upgrade-upsell", "defective-kettle-ja",
      ]))
  }
}
