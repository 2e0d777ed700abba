import FrontlineModel
import Testing

@testable import FrontlineScoring

/// Builds small scorecards for the scoring tests.
enum ScoringFixtures {
  /// The result of the criterion `id` for `reply` at a bundled scenario's step (its first when
  /// `step` is `nil`), scored at `mood` when given.
  static func bundledResult(
    _ id: String, for reply: String, scenario: String, step: String? = nil, mood: Mood? = nil
  ) throws -> CriterionResult {
    let library = LibraryQualityTests.library
    let found = try #require(library.scenario(scenario))
    let at = try #require(step.map { step in found.steps.first { $0.id == step } } ?? found.steps.first)
    let card = try CompiledScorecard(Scorecard.forStep(at, in: found, library: library))
    return try #require(card.score(reply, route: nil, mood: mood).criteria.first { $0.id == id })
  }

  /// Where `phrase`, read as `reading` reads text, first stands in it: a range of its text.
  static func position(of phrase: String, in reading: ReplyReading) throws -> Range<Int> {
    let scalars = reading.text.scalars
    let normalized = TextNormalizer.normalize(phrase)
    let target = reading.japanese == nil ? normalized.scalars : ReplyReading(normalized).text.scalars
    let start = try #require(
      target.count <= scalars.count
        ? (0...(scalars.count - target.count)).first {
          scalars[$0..<($0 + target.count)].elementsEqual(target)
        }
        : nil, "\(phrase)")
    return start..<(start + target.count)
  }

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
