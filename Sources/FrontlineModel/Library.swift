/// Everything a trainer authored: scenarios, rubrics, departments and the ladder, with lookups by id.
public struct Library: Sendable {
  public var scenarios: [Scenario]
  public var rubrics: [Rubric]
  public var departments: [Department]
  public var ladder: Ladder?

  public init(
    scenarios: [Scenario] = [], rubrics: [Rubric] = [], departments: [Department] = [], ladder: Ladder? = nil
  ) {
    self.scenarios = scenarios
    self.rubrics = rubrics
    self.departments = departments
    self.ladder = ladder
  }

  /// The scenario with this id.
  public func scenario(_ id: String) -> Scenario? { scenarios.first { $0.id == id } }

  /// Each scenario's language (a BCP 47 tag) by scenario id.
  public var scenarioLanguages: [String: String] {
    Dictionary(scenarios.map { ($0.id, $0.language) }, uniquingKeysWith: { first, _ in first })
  }

  /// The rubric with this id.
  public func rubric(_ id: String) -> Rubric? { rubrics.first { $0.id == id } }

  /// The house rubrics: their criteria score every step that does not opt out.
  public var houseRubrics: [Rubric] { rubrics.filter(\.house) }

  /// The department with this id.
  public func department(_ id: String) -> Department? { departments.first { $0.id == id } }

  /// Scenarios filtered by kind and language (a language matches its regional variants: `en` finds
  /// `en-GB`), sorted by difficulty, then id.
  public func scenarios(kind: ScenarioKind? = nil, language: String? = nil) -> [Scenario] {
    scenarios.filter { scenario in
      (kind.map { scenario.kind == $0 } ?? true)
        && (language.map { Library.language(scenario.language, matches: $0) } ?? true)
    }.sorted { ($0.difficulty, $0.id) < ($1.difficulty, $1.id) }
  }

  /// Whether `tag` is `filter` or one of its regional variants, ignoring case.
  public static func language(_ tag: String, matches filter: String) -> Bool {
    let tag = tag.lowercased()
    let filter = filter.lowercased()
    return tag == filter || tag.hasPrefix(filter + "-")
  }
}
