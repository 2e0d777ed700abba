import FrontlineModel

/// Runs the examples of rubrics and scenario steps: each sample reply is scored and compared with the
/// outcome its author expects.
public enum RubricTester {
  /// One example's result.
  public struct Outcome: Sendable {
    /// The rubric whose example this is, or `nil` for a step's example.
    public var rubricID: String?
    public var scenarioID: String?
    public var stepID: String?
    public var example: RubricExample
    public var score: ReplyScore
    /// Why the result differs from the expectation; empty when it agrees.
    public var mismatches: [String]

    public var agrees: Bool { mismatches.isEmpty }
  }

  /// A rubric or step whose examples could not be run.
  public struct Failure: Error, Sendable {
    public var owner: String
    public var message: String
  }

  /// Runs the examples of the given rubrics and of the steps of the given scenarios.
  public static func run(library: Library, rubricIDs: [String], scenarioIDs: [String]) -> (
    outcomes: [Outcome], failures: [Failure]
  ) {
    var outcomes: [Outcome] = []
    var failures: [Failure] = []
    for id in rubricIDs {
      guard let rubric = library.rubric(id) else { continue }
      // Examples that share a scenario and step share a scorecard: compiling one is most of the
      // cost of an example.
      var compiled: [String: CompiledScorecard] = [:]
      for example in rubric.examples {
        do {
          let context = try context(for: example, rubric: rubric, library: library)
          let key = "\(context.scenarioID ?? "")\u{1F}\(context.stepID ?? "")"
          let scorecard: CompiledScorecard
          if let cached = compiled[key] {
            scorecard = cached
          } else {
            scorecard = try CompiledScorecard(card(for: rubric, context: context, library: library))
            compiled[key] = scorecard
          }
          outcomes.append(
            judge(
              example, scorecard: scorecard, rubricID: id, scenarioID: context.scenarioID,
              stepID: context.stepID))
        } catch {
          failures.append(Failure(owner: "rubric \(id)", message: error.description))
        }
      }
    }
    for id in scenarioIDs {
      guard let scenario = library.scenario(id) else { continue }
      for step in scenario.steps where !step.examples.isEmpty {
        do {
          let scorecard = try CompiledScorecard(Scorecard.forStep(step, in: scenario, library: library))
          for example in step.examples {
            outcomes.append(
              judge(example, scorecard: scorecard, rubricID: nil, scenarioID: id, stepID: step.id))
          }
        } catch {
          failures.append(Failure(owner: "scenario \(id), step \(step.id)", message: error.description))
        }
      }
    }
    return (outcomes, failures)
  }

  /// The scorecard a rubric example is scored by. House rules only mean something inside a step:
  /// their examples are scored by the whole scorecard of the step they name.
  private static func card(for rubric: Rubric, context: ScoringContext, library: Library)
    throws(ScoringError) -> Scorecard
  {
    if rubric.house, let scenario = context.scenarioID.flatMap(library.scenario),
      let step = context.stepID.flatMap(scenario.step)
    {
      return try Scorecard.forStep(step, in: scenario, library: library)
    }
    return Scorecard.forRubric(rubric, context: context).withHouseRules(
      of: library, scenario: context.scenarioID.flatMap(library.scenario), step: context.stepID)
  }

  /// The context a rubric example is scored in: its scenario and step (the example's own, else the
  /// rubric's scenario and the first step that uses the rubric).
  static func context(for example: RubricExample, rubric: Rubric, library: Library) throws(ScoringError)
    -> ScoringContext
  {
    guard let scenarioID = example.scenario ?? rubric.scenario else {
      return ScoringContext(customerNames: ["Alex Morgan", "Alex", "Morgan"], values: [:])
    }
    guard let scenario = library.scenario(scenarioID) else { throw .unknownScenario(scenarioID) }
    let step: Step
    if let stepID = example.step {
      guard let found = scenario.step(stepID) else {
        throw .unknownStep(scenario: scenarioID, step: stepID, known: scenario.steps.map(\.id))
      }
      step = found
    } else {
      step = scenario.steps.first { scenario.rubricIDs(for: $0).contains(rubric.id) } ?? scenario.steps[0]
    }
    return ScoringContext(scenario: scenario, step: step)
  }

  private static func judge(
    _ example: RubricExample, scorecard: CompiledScorecard, rubricID: String?, scenarioID: String?,
    stepID: String?
  ) -> Outcome {
    let response = Template.render(example.response, values: scorecard.scorecard.context.values)
    let score = scorecard.score(response, route: example.route)
    var mismatches: [String] = []
    if score.passed != example.expectPass {
      mismatches.append(
        "expected \(example.expectPass ? "pass" : "fail"), got \(score.passed ? "pass" : "fail")")
    }
    for (category, bounds) in example.categoryBounds.sorted(by: { $0.key < $1.key }) {
      guard let actual = score.category(category) else {
        mismatches.append("\(category) is N/A, expected a score")
        continue
      }
      if let min = bounds.min, actual < min {
        mismatches.append(
          "\(category) \(ScoreAggregation.format(actual)) < min \(ScoreAggregation.format(min))")
      }
      if let max = bounds.max, actual > max {
        mismatches.append(
          "\(category) \(ScoreAggregation.format(actual)) > max \(ScoreAggregation.format(max))")
      }
    }
    return Outcome(
      rubricID: rubricID, scenarioID: scenarioID, stepID: stepID, example: example, score: score,
      mismatches: mismatches)
  }
}

extension ReplyScore {
  /// The criteria that decided the verdict, in a few words: the critical failures, else the missed
  /// criteria worth the most points.
  public var decidedBy: String {
    if !criticalFailures.isEmpty { return "critical: " + criticalFailures.joined(separator: ", ") }
    let missed = criteria.filter { $0.applicable && !$0.met }.sorted {
      $0.possible - $0.points > $1.possible - $1.points
    }
    if missed.isEmpty { return "all \(criteria.filter(\.applicable).count) criteria met" }
    return "missed: " + missed.prefix(3).map(\.id).joined(separator: ", ") + (missed.count > 3 ? ", …" : "")
  }
}
