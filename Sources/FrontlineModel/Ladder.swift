/// The career ladder: levels in order, each with what it takes to reach it.
public struct Ladder: Sendable, Equatable {
  public var levels: [Level]

  public init(levels: [Level]) { self.levels = levels }

  /// The level with this id.
  public func level(_ id: String) -> Level? { levels.first { $0.id == id } }
}

/// One rung of the career ladder.
public struct Level: Sendable, Equatable {
  public var id: String
  /// Titles by language, e.g. `["en": "Agent", "ja": "エージェント"]`.
  public var titles: [String: String]
  /// What a person at this level does, by language (English at least when there is any).
  public var descriptions: [String: String]
  /// Whether a team leader must approve the promotion once the requirements are met.
  public var needsApproval: Bool
  public var requirements: [Requirement]

  public init(
    id: String, titles: [String: String], descriptions: [String: String] = [:], needsApproval: Bool = false,
    requirements: [Requirement]
  ) {
    self.id = id
    self.titles = titles
    self.descriptions = descriptions
    self.needsApproval = needsApproval
    self.requirements = requirements
  }

  /// The title in `language`, else English, else the id.
  public func title(in language: String = "en") -> String {
    titles[language] ?? titles["en"] ?? id
  }

  /// The description in `language`, else English; `nil` when there is none.
  public func description(in language: String = "en") -> String? {
    descriptions[language] ?? descriptions["en"]
  }
}

/// Whether attempts in practice or exam mode count.
public enum AttemptMode: String, Sendable, CaseIterable, Codable {
  case practice
  case exam
}

/// What a trainee must show to reach a level.
public enum Requirement: Sendable, Equatable {
  /// At least `count` passed attempts, optionally of one kind, from a difficulty, in one mode; when
  /// `distinct`, of as many different scenarios (each counts once, however often it is passed).
  case passed(count: Int, kind: ScenarioKind?, minDifficulty: Int, mode: AttemptMode?, distinct: Bool = true)
  /// The average of `category` over the last `last` finished attempts scored in it (N/A ones are
  /// skipped) is at least `atLeast`.
  case average(category: String, atLeast: Double, last: Int)
}
