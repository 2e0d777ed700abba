import FrontlineModel

/// Something a file names that lives in another file (or needs the whole library to check): resolved
/// once every file is loaded.
enum Reference {
  /// A rubric id.
  case rubric(String)
  /// A department id (`none` already excluded by the reader).
  case department(String)
  /// A scenario id.
  case scenario(String)
  /// A step of a scenario.
  case step(scenario: String, step: String)
  /// A category that must be declared by one of these rubrics (the defaults when there are none).
  case category(String, rubrics: [String])
  /// A criterion id of a step's scorecard: its rubrics' criteria or its inline ones.
  case criterion(String, rubrics: [String], inline: [String])
  /// A criterion id of any step's scorecard in a scenario (its steps' rubrics, the house rubric, their
  /// inline criteria), for message variants, which look at every turn so far.
  case scenarioCriterion(String, rubrics: [String], inline: [String])
  /// A template variable in a rubric's phrase, which every scenario using the rubric must define.
  case variable(String, rubric: String)
  /// A category named by the ladder, which some rubric must declare.
  case anyCategory(String)
  /// A rubric used by a scenario, whose `fact` criteria must name facts the scenario declares.
  /// `valueless`: the declared facts with no value to state (`free`, `notOffered`).
  case rubricFacts(rubric: String, scenario: String, declared: Set<String>, valueless: Set<String>)
  /// A ladder level's passed requirement that counts different scenarios: the library must hold
  /// enough of them.
  case scenarioSupply(level: String, count: Int, kind: ScenarioKind?, minDifficulty: Int)
}

/// A reference and where it was written.
struct PendingReference {
  var reference: Reference
  var spot: SourceSpot
}

extension DecodeContext {
  /// Records a reference to check once every file is loaded.
  func refer(_ reference: Reference, at offset: Int, path: JSONPath) {
    references.append(PendingReference(reference: reference, spot: spot(offset, path)))
  }
}
