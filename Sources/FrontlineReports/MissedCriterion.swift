import FrontlineHistory
import FrontlineTerminal
import FrontlineText

/// A criterion and how often it was missed, as reports show it: which rubric's criterion it is, the
/// scenarios it was missed in, and its own description and tip in its own language.
public struct MissedCriterion: Sendable, Codable, Equatable {
  /// Where the criterion is defined: a rubric's id, or `scenario/step` for a step's own criteria;
  /// `nil` for misses recorded before rubrics were (their one scenario tells them apart).
  public var rubric: String?
  public var criterion: String
  public var description: String
  public var tip: String?
  public var misses: Int
  /// The scenarios it was missed in, most misses first.
  public var scenarios: [ScenarioMisses]
  /// The language of the description and tip (the scenario's, a BCP 47 tag), when the library has
  /// the scenario.
  public var language: String?

  public init(
    rubric: String? = nil, criterion: String, description: String, tip: String?, misses: Int,
    scenarios: [ScenarioMisses] = [], language: String? = nil
  ) {
    self.rubric = rubric
    self.criterion = criterion
    self.description = description
    self.tip = tip
    self.misses = misses
    self.scenarios = scenarios
    self.language = language
  }

  /// A store's count, its language that of the scenario with the most misses.
  public init(_ misses: CriterionMisses, languages: [String: String]) {
    rubric = misses.rubric
    criterion = misses.criterion
    description = misses.description
    tip = misses.tip
    self.misses = misses.misses
    scenarios = misses.scenarios
    language = misses.scenarios.first.flatMap { languages[$0.scenario] }
  }

  /// Rubric and criterion id, as a trainer finds them in the files: `late-delivery · uses-name`.
  public var reference: String {
    rubric.map { "\($0) · \(criterion)" } ?? criterion
  }

  /// The scenarios with their counts: `late-delivery (9), double-charge (7)`,
  /// `late-delivery（9回）、double-charge（7回）`.
  public func scenarioList(_ localizer: Localizer) -> String {
    localizer.list(
      scenarios.map {
        localizer(ReportText.scenarioMisses, count: $0.misses, ["scenario": $0.scenario])
      })
  }

  /// The criterion in a text report, indented by two: count, description, reference, where, tip.
  /// `scenarios: false` in a report on one scenario, where saying so is noise.
  public func textLines(scenarios showScenarios: Bool = true, localizer: Localizer) -> [String] {
    var lines = [
      localizer(
        ReportText.missedLine, count: misses,
        ["description": TerminalText.oneLine(description), "reference": TerminalText.oneLine(reference)])
    ]
    if showScenarios && !scenarios.isEmpty {
      lines.append(
        localizer(ReportText.missedInLine, ["scenarios": TerminalText.oneLine(scenarioList(localizer))]))
    }
    if let tip { lines.append(localizer(ReportText.missedTipLine, ["tip": TerminalText.oneLine(tip)])) }
    return lines
  }
}
