import FrontlineHistory
import FrontlineModel

/// The scenario to practise next: the one that advances most of the next level's unmet
/// requirements, in the mode they ask for.
public struct NextScenario: Sendable, Equatable {
  public var scenario: Scenario
  /// Whether to take it as an exam (a requirement counts exams only).
  public var exam: Bool
  /// The requirements it advances, in plain words; empty when it is simply the easiest open scenario.
  public var advances: [String]

  /// Picks from `scenarios` for a trainee with `attempts` at `standing` on `ladder`. Among equals, a
  /// scenario not yet passed, then the easiest, then one in the language the trainee last practised
  /// in (before any practice, `language`: the interface's).
  public static func suggest(
    from scenarios: [Scenario], ladder: Ladder?, standing: LadderStanding?, attempts: [AttemptRecord],
    language fallback: String = "en"
  ) -> NextScenario? {
    let passed = Set(attempts.filter { $0.isFinished && $0.passed == true }.map(\.scenario))
    let language = attempts.max { $0.startedAt < $1.startedAt }?.language ?? fallback
    var unmet: [(requirement: Requirement, progress: RequirementProgress)] = []
    if let ladder, let standing, let next = standing.nextLevel, let level = ladder.level(next) {
      for (requirement, progress) in zip(level.requirements, standing.requirements) where !progress.met {
        unmet.append((requirement, progress))
      }
    }
    func advances(_ scenario: Scenario) -> [(String, exam: Bool)] {
      unmet.compactMap { entry in
        guard case .passed(_, let kind, let minDifficulty, let mode, let distinct) = entry.requirement,
          kind.map({ $0 == scenario.kind }) ?? true, scenario.difficulty >= minDifficulty,
          !(distinct && entry.progress.scenarios.contains(scenario.id))
        else { return nil }
        return (entry.progress.description, mode == .exam)
      }
    }
    let ranked = scenarios.enumerated().map { index, scenario in
      (scenario: scenario, gains: advances(scenario), index: index)
    }
    let best = ranked.min { lhs, rhs in
      func key(_ entry: (scenario: Scenario, gains: [(String, exam: Bool)], index: Int)) -> [Int] {
        [
          -entry.gains.count, passed.contains(entry.scenario.id) ? 1 : 0, entry.scenario.difficulty,
          entry.scenario.language == language ? 0 : 1, entry.index,
        ]
      }
      return key(lhs).lexicographicallyPrecedes(key(rhs))
    }
    guard let best else { return nil }
    return NextScenario(
      scenario: best.scenario, exam: best.gains.contains { $0.exam }, advances: best.gains.map(\.0))
  }
}
