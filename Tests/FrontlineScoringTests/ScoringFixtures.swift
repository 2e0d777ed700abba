import FrontlineModel

@testable import FrontlineScoring

/// Builds small scorecards for the scoring tests.
enum ScoringFixtures {
  static func criterion(
    _ id: String, _ category: String, points: Double = 10, critical: Bool = false,
    negation: Bool = true, appliesWhen: Applicability? = nil, _ check: Check
  ) -> Criterion {
    Criterion(
      id: id, category: category, description: id, points: points, tip: "tip for \(id)", critical: critical,
      negation: negation, appliesWhen: appliesWhen, check: check)
  }

  static func scorecard(
    _ criteria: [Criterion], route: ExpectedRoute = .none, acceptable: [String] = [], passMark: Double = 70,
    names: [String] = ["Dana Reyes", "Dana", "Reyes"], values: [String: String] = [:],
    timeLimit: TimeLimit? = nil
  ) throws -> CompiledScorecard {
    try CompiledScorecard(
      Scorecard(
        categories: Category.defaults, passMark: passMark, criteria: criteria,
        context: ScoringContext(
          customerNames: names, values: values, expectedRoute: route, acceptableRoutes: acceptable,
          channel: .chat,
          timeLimit: timeLimit)))
  }

  /// Whether a single `any` check with these phrases is met by the reply.
  static func matches(_ phrases: [String], _ reply: String, negation: Bool = true) throws -> Bool {
    let card = try scorecard([criterion("c", "accuracy", negation: negation, .any(phrases))])
    return card.score(reply).criteria[0].met
  }
}
