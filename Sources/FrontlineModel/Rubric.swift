/// A scorecard: weighted categories, criteria, a pass mark, and examples that prove it grades well.
public struct Rubric: Sendable, Equatable {
  public var id: String
  public var title: String
  public var description: String?
  /// Category weights, in the order authored.
  public var categories: [Category]
  /// The overall score (0-100) a reply needs to pass.
  public var passMark: Double
  /// The scenario that gives the examples their context (customer name, variables, route).
  public var scenario: String?
  public var criteria: [Criterion]
  public var examples: [RubricExample]
  /// A house rubric applies to every step of every scenario, unless the scenario or step opts out.
  public var house: Bool

  public init(
    id: String, title: String, description: String? = nil, categories: [Category] = Category.defaults,
    passMark: Double = Rubric.defaultPassMark, scenario: String? = nil, criteria: [Criterion],
    examples: [RubricExample] = [], house: Bool = false
  ) {
    self.id = id
    self.title = title
    self.description = description
    self.categories = categories
    self.passMark = passMark
    self.scenario = scenario
    self.criteria = criteria
    self.examples = examples
    self.house = house
  }

  /// The pass mark when a rubric names none.
  public static let defaultPassMark: Double = 70
}

/// A scoring category and its weight in the overall score.
public struct Category: Sendable, Equatable {
  public var name: String
  public var weight: Double

  public init(name: String, weight: Double) {
    self.name = name
    self.weight = weight
  }

  /// Empathy, accuracy and routing, equally weighted.
  public static let defaults = [
    Category(name: "empathy", weight: 1), Category(name: "accuracy", weight: 1),
    Category(name: "routing", weight: 1),
  ]
}

/// A sample reply with the outcome a QA lead expects, run by `frontline rubric test`.
public struct RubricExample: Sendable, Equatable {
  public var name: String
  public var response: String
  /// The transfer taken, if any.
  public var route: String?
  /// Whether the reply should pass.
  public var expectPass: Bool
  /// Expected bounds per category, 0-100.
  public var categoryBounds: [String: ScoreBounds]
  /// The scenario and step that give the reply its context.
  public var scenario: String?
  public var step: String?

  public init(
    name: String, response: String, route: String? = nil, expectPass: Bool,
    categoryBounds: [String: ScoreBounds] = [:], scenario: String? = nil, step: String? = nil
  ) {
    self.name = name
    self.response = response
    self.route = route
    self.expectPass = expectPass
    self.categoryBounds = categoryBounds
    self.scenario = scenario
    self.step = step
  }
}

/// Inclusive bounds on a score.
public struct ScoreBounds: Sendable, Equatable {
  public var min: Double?
  public var max: Double?

  public init(min: Double? = nil, max: Double? = nil) {
    self.min = min
    self.max = max
  }

  /// Whether `score` lies within the bounds.
  public func contains(_ score: Double) -> Bool {
    (min.map { score >= $0 } ?? true) && (max.map { score <= $0 } ?? true)
  }
}
