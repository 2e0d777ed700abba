import Foundation

/// How often one criterion was missed, for reports. A criterion is its rubric and its id together:
/// most rubrics have a `uses-name` or an `apologises`, each with its own description and tip.
public struct CriterionMisses: Sendable, Codable, Equatable {
  /// Where the criterion is defined (`Criterion.rubric`: a rubric's id, or `scenario/step`); `nil` for
  /// misses recorded before rubrics were, which are told apart by their one scenario instead.
  public var rubric: String?
  public var criterion: String
  /// The description and tip as the scenario with the most misses shows them.
  public var description: String
  public var tip: String?
  public var misses: Int
  /// The scenarios it was missed in, most misses first.
  public var scenarios: [ScenarioMisses]

  package init(
    rubric: String?, criterion: String, description: String, tip: String?, misses: Int,
    scenarios: [ScenarioMisses]
  ) {
    self.rubric = rubric
    self.criterion = criterion
    self.description = description
    self.tip = tip
    self.misses = misses
    self.scenarios = scenarios
  }
}

/// How often a criterion was missed in one scenario.
public struct ScenarioMisses: Sendable, Codable, Equatable {
  public var scenario: String
  public var misses: Int

  public init(scenario: String, misses: Int) {
    self.scenario = scenario
    self.misses = misses
  }
}

/// A store's count of one criterion's misses in one scenario, with the text it was last recorded
/// with: what both stores read, before the misses are put together by criterion.
public struct MissCount: Sendable, Equatable {
  public var scenario: String
  /// `""` for misses recorded before rubrics were.
  public var rubric: String
  public var criterion: String
  public var description: String
  public var tip: String?
  public var misses: Int

  package init(
    scenario: String, rubric: String, criterion: String, description: String, tip: String?, misses: Int
  ) {
    self.scenario = scenario
    self.rubric = rubric
    self.criterion = criterion
    self.description = description
    self.tip = tip
    self.misses = misses
  }
}

extension CriterionMisses {
  /// The counts put together by criterion (rubric and id; for old misses, scenario and id), most
  /// missed first, at most `limit`.
  public static func grouping(_ counts: [MissCount], limit: Int) -> [CriterionMisses] {
    struct Key: Hashable {
      var rubric: String
      var criterion: String
      /// Set only for misses with no rubric recorded.
      var scenario: String
    }
    var groups: [Key: [MissCount]] = [:]
    for count in counts {
      let key = Key(
        rubric: count.rubric, criterion: count.criterion, scenario: count.rubric.isEmpty ? count.scenario : ""
      )
      groups[key, default: []].append(count)
    }
    let merged = groups.map { key, counts -> CriterionMisses in
      var byScenario: [String: Int] = [:]
      for count in counts { byScenario[count.scenario, default: 0] += count.misses }
      let scenarios = byScenario.map { ScenarioMisses(scenario: $0.key, misses: $0.value) }
        .sorted { ($1.misses, $0.scenario) < ($0.misses, $1.scenario) }
      let shown = counts.first { $0.scenario == scenarios.first?.scenario } ?? counts[0]
      return CriterionMisses(
        rubric: key.rubric.isEmpty ? nil : key.rubric, criterion: key.criterion,
        description: shown.description,
        tip: shown.tip, misses: scenarios.reduce(0) { $0 + $1.misses }, scenarios: scenarios)
    }
    return Array(
      merged.sorted {
        ($1.misses, $0.rubric ?? "", $0.criterion, $0.scenarios.first?.scenario ?? "")
          < ($0.misses, $1.rubric ?? "", $1.criterion, $1.scenarios.first?.scenario ?? "")
      }
      .prefix(max(0, limit)))
  }
}
