import FrontlineModel
import Testing

@testable import FrontlineREPL

@Suite struct CompletionTests {
  let library = Library(
    scenarios: [],
    departments: [
      Department(id: "billing", name: "Billing", handles: ""),
      Department(id: "returns", name: "Returns", handles: ""),
    ])

  @Test func completesCommandsAndDepartments() {
    #expect(Completion.candidates(for: "st", library: library, inConversation: false) == ["start"])
    #expect(Completion.candidates(for: "", library: library, inConversation: false).contains("quit"))
    #expect(Completion.candidates(for: "/tr", library: library, inConversation: true) == ["/transfer"])
    #expect(Completion.candidates(for: "/transfer b", library: library, inConversation: true) == ["billing"])
    #expect(
      Completion.candidates(for: "/transfer ", library: library, inConversation: true) == [
        "billing", "none", "returns",
      ])
    #expect(Completion.candidates(for: "list com", library: library, inConversation: false) == ["complaint"])
  }
}
