import Foundation
import FrontlineLoading
import FrontlineModel
import Testing

@testable import FrontlineScoring

/// The adversarial suite: replies written by QA leads who did not see the rubrics, to game the grader
/// (keyword lists, sarcasm, distant negation, subtle blame, wrong units) and to trip it (paraphrases,
/// what a customer deserved, long correct replies full of other numbers), labelled pass or fail.
@Suite struct AdversarialSuiteTests {
  /// One labelled reply and how the grader scored it.
  struct Graded {
    let scenario: String
    let kind: String
    let expected: Bool
    let score: ReplyScore
  }

  /// Agreement the grader must not fall below: 98.6% measured on 1,864 replies for 48 scenarios, each
  /// scenario's replies written by someone who saw the situation and policies but never its rubrics.
  /// The bundled rubrics were tuned on 1,630 of them, so the figure overstates agreement on replies
  /// nobody has seen: the last 234, written after that tuning, agreed at 93.2% when first scored. This
  /// floor guards against regressions, not for accuracy.
  static let agreementFloor = 0.97

  static let graded: [Graded] = {
    let library = LibraryQualityTests.library
    let folder = LibraryQualityTests.repository + "/Tests/Fixtures/adversarial"
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    var graded: [Graded] = []
    for file in files.sorted() where file.hasSuffix(".jsonl") {
      let scenarioID = String(file.dropLast(".jsonl".count))
      guard let scenario = library.scenario(scenarioID),
        let text = try? String(contentsOfFile: folder + "/" + file, encoding: .utf8)
      else { continue }
      var cards: [String: CompiledScorecard] = [:]
      for line in text.split(separator: "\n") where !line.isEmpty {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
          let response = object["response"] as? String, let expected = object["passed"] as? Bool,
          let stepID = object["step"] as? String, let step = scenario.step(stepID)
        else { continue }
        if cards[stepID] == nil {
          cards[stepID] = try? CompiledScorecard(Scorecard.forStep(step, in: scenario, library: library))
        }
        guard let card = cards[stepID] else { continue }
        graded.append(
          Graded(
            scenario: scenarioID, kind: object["class"] as? String ?? "", expected: expected,
            score: card.score(response, route: object["route"] as? String)))
      }
    }
    return graded
  }()

  @Test func coversEveryScenarioInBothLanguages() {
    let scenarios = Set(Self.graded.map(\.scenario))
    #expect(Self.graded.count >= 400)
    #expect(scenarios.count == LibraryQualityTests.library.scenarios.count)
    #expect(Self.graded.filter { $0.scenario.hasSuffix("-ja") }.count >= 100)
  }

  @Test func agreesWithTheLabelsAtLeastAsWellAsBefore() {
    let graded = Self.graded
    let agreed = graded.filter { $0.expected == $0.score.passed }.count
    let agreement = Double(agreed) / Double(max(1, graded.count))
    var byKind: [String: (agreed: Int, total: Int)] = [:]
    for item in graded {
      byKind[item.kind, default: (0, 0)].total += 1
      if item.expected == item.score.passed { byKind[item.kind, default: (0, 0)].agreed += 1 }
    }
    let summary = byKind.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.agreed)/\($0.value.total)" }
    #expect(agreement >= Self.agreementFloor, "agreement \(agreement): \(summary.joined(separator: ", "))")
  }

  /// No reply the QA leads passed scores 0: a critical failure of a good reply is the grader's worst
  /// error, as it tells a trainee that competent work is a fail.
  @Test func noCorrectReplyScoresZero() {
    let zeroes = Self.graded.filter { $0.expected && $0.score.score == 0 }
    #expect(
      zeroes.isEmpty,
      "\(zeroes.map { "\($0.scenario) \($0.score.step ?? ""): \($0.score.criticalFailures)" })")
  }

  /// Most gaming replies fail (a floor against regressions; the target is all of them).
  @Test func gamingClassesFail() {
    for kind in ["keyword-list", "log-style", "security", "sarcasm", "mock-apology", "negated-apology"] {
      let items = Self.graded.filter { $0.kind == kind && !$0.expected }
      let passed = items.filter(\.score.passed)
      #expect(
        Double(passed.count) <= Double(items.count) * 0.35, "\(kind): \(passed.count) of \(items.count) pass")
    }
  }
}
