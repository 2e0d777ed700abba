import Foundation
import FrontlineLoading
import FrontlineModel
import Testing

@testable import FrontlineSimulation

/// A scenario's variants: another customer and other facts in the same conversation, scored by the
/// variant's names and values.
@Suite struct ScenarioVariantTests {
  static let library = MessageVariantTests.library

  @Test func aVariantHasItsOwnCustomerAndOrderEverywhere() throws {
    let scenario = try #require(Self.library.scenario("cordless-vacuum-battery-warranty-inquiry"))
    #expect(scenario.versionIDs == ["main", "rahul"])
    var chat = try Conversation(
      scenario: scenario, library: Self.library, mode: .exam, agentName: "Sam", version: "rahul")
    #expect(chat.version == "rahul")
    #expect(chat.scenario.customer.name == "Rahul Mehta")
    let opening = chat.begin()
    guard case .customer(let name, let messages, _)? = opening.first else {
      Issue.record("no opening: \(opening)")
      return
    }
    #expect(name == "Rahul Mehta")
    #expect(messages.joined().contains("Rahul Mehta"))
    #expect(messages.joined().contains("KH-318804"))
    #expect(!messages.joined().contains("Gareth"))
    // The exemplar, with the variant's name, passes; the main version's name no longer counts as his.
    let step = try #require(chat.scenario.steps.first)
    let exemplar = Template.render(step.exemplar, values: chat.scenario.templateValues(agentName: "Sam"))
    #expect(exemplar.contains("Mr Mehta"))
  }

  @Test func anUnknownVersionIsTheScenarioAsWritten() throws {
    let scenario = try #require(Self.library.scenario("cordless-vacuum-battery-warranty-inquiry"))
    let chat = try Conversation(
      scenario: scenario, library: Self.library, mode: .practice, agentName: "Sam", version: "nobody")
    #expect(chat.version == ScenarioVariant.main)
    #expect(chat.scenario.customer.name == "Gareth Collins")
  }

  @Test func factsThatUseVariablesFollowTheVariant() {
    let fact = Fact(
      id: "charge", about: ["charge"], value: QuantityParser.value("$49.99"), valueText: "$49.99",
      valueTemplate: "{amount}")
    let scenario = Scenario(
      id: "s", title: "t", kind: .inquiry, difficulty: 1, channel: .chat, language: "en",
      customer: Customer(name: "A B", givenName: "A", familyName: "B", persona: nil, mood: .neutral),
      variables: ["amount": "$49.99"], briefing: "b",
      knowledge: [KnowledgeEntry(topic: "t", keywords: [], text: "x", facts: [fact])],
      steps: [Step(id: "s", messages: ["m"], exemplar: "e", next: [])], endings: [],
      variants: [ScenarioVariant(id: "cheaper", variables: ["amount": "$29.99"])])
    let varied = scenario.version("cheaper")
    #expect(varied?.facts.first?.valueText == "$29.99")
    #expect(varied?.facts.first?.value == QuantityParser.value("$29.99"))
    #expect(varied?.variables["amount"] == "$29.99")
    #expect(scenario.version("main") == scenario)
    #expect(scenario.version("other") == nil)
  }
}
