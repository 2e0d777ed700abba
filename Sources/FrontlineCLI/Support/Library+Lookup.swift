import FrontlineModel
import FrontlineScoring
import FrontlineText

extension Library {
  /// The scenario with this id, or an error that suggests the closest id.
  func requireScenario(_ id: String) throws(CLIError) -> Scenario {
    if let scenario = scenario(id) { return scenario }
    throw .unknownScenario(id, suggestion: Spelling.closest(to: id, in: scenarios.map(\.id)))
  }

  /// Checks a transfer's department id; `none` and empty mean no transfer.
  func checkRoute(_ route: String?) throws(CLIError) -> String? {
    guard let route, !route.isEmpty, route != "none" else { return nil }
    guard department(route) != nil else { throw .unknownDepartment(route, known: departments.map(\.id)) }
    return route
  }

  /// The compiled scorecard of a scenario's step (else its first step), explaining scores in the
  /// interface language, or an error naming what is unknown.
  func compiledScorecard(scenario id: String, step stepID: String?) throws -> CompiledScorecard {
    let scenario = try requireScenario(id)
    return try CompiledScorecard(
      Scorecard.forStep(try step(stepID, of: scenario), in: scenario, library: self),
      localizer: Interface.localizer)
  }

  /// The step with this id, else the first.
  func step(_ id: String?, of scenario: Scenario) throws(CLIError) -> Step {
    guard let id else { return scenario.steps[0] }
    if let step = scenario.step(id) { return step }
    let localizer = Interface.localizer
    throw .usage(
      localizer(
        CommandText.noSuchStep,
        ["scenario": scenario.id, "step": id, "steps": localizer.list(scenario.steps.map(\.id))]))
  }
}
