import FrontlineModel
import Testing

@Suite struct LibraryTests {
  func scenario(_ id: String, _ kind: ScenarioKind, _ language: String, _ difficulty: Int) -> Scenario {
    Scenario(
      id: id, title: id, kind: kind, difficulty: difficulty, channel: .chat, language: language,
      customer: Customer(name: "A B", givenName: "A", familyName: "B", persona: nil, mood: .neutral),
      briefing: "b", steps: [Step(id: "s", messages: ["m"], exemplar: "e", next: [])],
      endings: [Ending(id: "end", outcome: .resolved, messages: ["bye"])])
  }

  @Test func filtersByKindAndLanguageAndSortsByDifficulty() {
    let library = Library(scenarios: [
      scenario("c", .complaint, "en", 3), scenario("a", .complaint, "en-GB", 1),
      scenario("b", .inquiry, "ja", 1),
    ])
    #expect(library.scenarios(kind: .complaint).map(\.id) == ["a", "c"])
    #expect(library.scenarios(language: "en").map(\.id) == ["a", "c"])
    #expect(library.scenarios(language: "EN-gb").map(\.id) == ["a"])
    #expect(library.scenarios(language: "ja").map(\.id) == ["b"])
    #expect(library.scenarios().map(\.id) == ["a", "b", "c"])
  }

  @Test func readsExpectedRoutes() {
    #expect(ExpectedRoute(nil) == .none)
    #expect(ExpectedRoute("none") == .none)
    #expect(ExpectedRoute("any") == .any)
    #expect(ExpectedRoute("billing") == .department("billing"))
  }
}
