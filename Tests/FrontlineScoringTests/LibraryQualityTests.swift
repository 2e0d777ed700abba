import Foundation
import FrontlineLoading
import FrontlineModel
import Testing

@testable import FrontlineScoring

/// The bundled rubrics grade like a careful QA lead: their own examples pass, and labelled replies to
/// the acceptance scenarios agree with a person's verdicts.
@Suite struct LibraryQualityTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent().path
  static let library = LibraryLoader.load(paths: LibraryLocator.contentPaths(of: repository)).library

  @Test func everyBundledExampleScoresAsItsAuthorExpects() {
    let library = Self.library
    let run = RubricTester.run(
      library: library, rubricIDs: library.rubrics.map(\.id), scenarioIDs: library.scenarios.map(\.id))
    #expect(run.failures.isEmpty)
    #expect(run.outcomes.count >= 16 * 6)
    for outcome in run.outcomes where !outcome.agrees {
      Issue.record(
        "\(outcome.rubricID ?? outcome.scenarioID ?? "") / \(outcome.example.name): \(outcome.mismatches)")
    }
  }

  /// The library can carry a trainee to the top of the ladder without repeating scenarios, with room
  /// to spare: at least 1.5 times the different scenarios each requirement counts.
  @Test func theLadderIsSuppliedOneAndAHalfTimesOver() throws {
    let library = Self.library
    let ladder = try #require(library.ladder)
    for level in ladder.levels {
      for requirement in level.requirements {
        guard case .passed(let count, let kind, let minDifficulty, _, true) = requirement else { continue }
        let supply = library.scenarios.filter { scenario in
          (kind.map { scenario.kind == $0 } ?? true) && scenario.difficulty >= minDifficulty
        }.count
        #expect(
          Double(supply) >= 1.5 * Double(count),
          "\(level.id): \(count) \(kind?.rawValue ?? "any") at difficulty \(minDifficulty)+, supply \(supply)"
        )
      }
    }
  }

  /// The library's shape: every kind, difficulty, channel and department, and Japanese as a first-class
  /// language.
  @Test func theLibraryCoversEveryKindDifficultyChannelAndDepartment() {
    let scenarios = Self.library.scenarios
    #expect(scenarios.count >= 48)
    for kind in ScenarioKind.allCases {
      #expect(scenarios.filter { $0.kind == kind }.count >= 12, "\(kind)")
    }
    #expect(Set(scenarios.map(\.difficulty)) == Set(1...5))
    #expect(Set(scenarios.map(\.channel)) == Set(Channel.allCases))
    #expect(scenarios.filter { $0.language == "ja" }.count >= 20)
    for department in Self.library.departments {
      let routing = scenarios.filter { scenario in
        scenario.steps.contains { $0.route == .department(department.id) }
      }
      #expect(routing.count >= 2, "\(department.id) is routed to by \(routing.count)")
    }
  }

  @Test func everyRubricHasAtLeastSixExamples() {
    for rubric in Self.library.rubrics {
      #expect(rubric.examples.count >= 6, "\(rubric.id) has \(rubric.examples.count) examples")
    }
  }

  @Test func everyExemplarPassesItsStep() throws {
    let library = Self.library
    for scenario in library.scenarios {
      for step in scenario.steps {
        let score = try ExemplarCheck.score(of: step, in: scenario, library: library)
        #expect(
          score.passed, "\(scenario.id) / \(step.id): exemplar scores \(score.score) (\(score.decidedBy))")
      }
    }
  }

  @Test(arguments: [
    "late-delivery-refund", "double-charge-escalation", "plan-upgrade-upsell", "defective-kettle-ja",
  ])
  func acceptanceLabelsAgreeAtLeast90Percent(scenarioID: String) throws {
    let library = Self.library
    let scenario = try #require(library.scenario(scenarioID))
    let card = try CompiledScorecard(Scorecard.forStep(scenario.steps[0], in: scenario, library: library))
    let labels = try Self.labels(scenarioID)
    #expect(labels.count >= 20)
    let calibration = Calibration(labels: labels, scorecard: card)
    #expect(calibration.labelledVerdicts == labels.count)
    let agreement = try #require(calibration.agreement)
    #expect(
      agreement >= 0.9, "\(scenarioID): \(calibration.verdictAgreements) of \(calibration.labelledVerdicts)")
  }

  @Test func aCompleteCorrectFirstReplyPassesEachAcceptanceScenario() throws {
    let replies = [
      (
        "late-delivery-refund", nil as String?,
        "I'm so sorry, Dana. Order A1042 is a week past its promised date, so you qualify for a full refund of $89 or a free express reshipment, whichever you prefer. A refund reaches your original payment method in 3-5 business days."
      ),
      (
        "double-charge-escalation", "billing",
        "I'm sorry about this, Marcus. I can see the duplicate $49.99 charge from November 3 on your Pro subscription. I can't reverse charges myself, so I'm transferring you to our billing team with a summary of the case; they will refund the duplicate charge within 5-7 business days."
      ),
      (
        "plan-upgrade-upsell", nil,
        "Hi Priya! Deleted files still count until you empty the trash, so emptying it frees space right away, and Settings > Storage lists your largest files. If you'd like more room for your photos, the Plus plan gives you 500 GB for $9/month and takes effect at once in Settings > Plan. No pressure, totally up to you."
      ),
      (
        "defective-kettle-ja", nil,
        "佐藤様\nこの度はご購入いただいた電気ケトル（KT-200）が電源が入らないとのこと、大変ご迷惑をおかけし申し訳ございません。ご購入から30日以内の初期不良ですので、新品と無償で交換いたします（ご希望でしたらご返金も可能です）。交換品は2営業日以内に発送いたします。お手数ですが、不具合品は同封の着払い伝票でご返送ください。"
      ),
    ]
    let library = Self.library
    for (id, route, reply) in replies {
      let scenario = try #require(library.scenario(id))
      let card = try CompiledScorecard(Scorecard.forStep(scenario.steps[0], in: scenario, library: library))
      let score = card.score(reply, route: route)
      #expect(score.passed, "\(id): \(score.score) \(score.decidedBy)")
    }
  }

  static func labels(_ scenarioID: String) throws -> [Calibration.Label] {
    let path = repository + "/Tests/Fixtures/labels/\(scenarioID).jsonl"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return try text.split(separator: "\n").enumerated().map { index, line in
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      return Calibration.Label(
        response: try #require(object["response"] as? String), route: object["route"] as? String,
        passed: object["passed"] as? Bool,
        categories: (object["categories"] as? [String: Double]) ?? [:], line: index + 1)
    }
  }
}
