import FrontlineModel

/// A step's exemplar is shown to trainees as a model reply, so it must pass its own step, scored as
/// any reply is: the step's scorecard, its expected route, the mood the scenario's main path reaches.
public enum ExemplarCheck {
  /// How the exemplar of `step` scores on its own step.
  public static func score(of step: Step, in scenario: Scenario, library: Library) throws -> ReplyScore {
    let card = try CompiledScorecard(Scorecard.forStep(step, in: scenario, library: library))
    let exemplar = Template.render(step.exemplar, values: card.scorecard.context.values)
    let route: String? = if case .department(let id) = step.route { id } else { nil }
    return card.score(exemplar, route: route)
  }

  /// Why the exemplar must not be shown as a model reply, or `nil` when it passes its step in every
  /// version of the scenario (its variants fill in other names and facts). A step whose scorecard
  /// cannot be built (a pattern that does not compile) is reported where the pattern is.
  public static func problem(step: Step, in scenario: Scenario, library: Library) -> String? {
    for id in scenario.versionIDs {
      guard let version = scenario.version(id), let varied = version.step(step.id),
        let score = try? score(of: varied, in: version, library: library), !score.passed
      else { continue }
      let which = id == ScenarioVariant.main ? "" : "with variant '\(id)', "
      return
        "\(which)the exemplar fails its own step, scoring \(ReportNumber.format(score.score)) against a pass "
        + "mark of \(ReportNumber.format(score.passMark)) (\(score.decidedBy)); trainees are shown it as a "
        + "model reply"
    }
    return nil
  }
}
