import FrontlineLoading
import FrontlineModel
import Testing

@testable import FrontlineScoring

/// The house rules reach every scenario in the scenario's language: a Japanese trainee who misses
/// one reads its description and tip in Japanese.
@Suite struct HouseRuleLanguageTests {
  static let library = LibraryQualityTests.library

  static func house(_ scenarioID: String) throws -> [Criterion] {
    let scenario = try #require(library.scenario(scenarioID))
    let card = try Scorecard.forStep(scenario.steps[0], in: scenario, library: library)
    let houseIDs = Set(library.houseRubrics.flatMap { $0.criteria.map(\.id) })
    return card.criteria.filter { houseIDs.contains($0.id) && $0.rubric == "house" }
  }

  @Test func aJapaneseScenarioShowsTheHouseRulesInJapanese() throws {
    let rules = try Self.house("defective-kettle-ja")
    #expect(!rules.isEmpty)
    for rule in rules {
      #expect(rule.description.unicodeScalars.contains { $0.properties.isIdeographic }, "\(rule.id)")
      #expect(rule.tip?.unicodeScalars.contains { $0.properties.isIdeographic } == true, "\(rule.id)")
    }
  }

  @Test func anEnglishScenarioShowsThemInEnglish() throws {
    let rules = try Self.house("late-delivery-refund")
    #expect(!rules.isEmpty)
    for rule in rules {
      #expect(!rule.description.unicodeScalars.contains { $0.properties.isIdeographic }, "\(rule.id)")
    }
  }
}
