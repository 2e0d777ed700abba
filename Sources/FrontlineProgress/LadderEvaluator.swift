import Foundation
import FrontlineHistory
import FrontlineModel

/// Evaluates a trainee's history against the career ladder.
public enum LadderEvaluator {
  /// The trainee's standing. Levels recorded as promotions are kept whatever the ladder now says; a
  /// level whose requirements are met is reached automatically unless it needs a team leader's
  /// approval, in which case it is pending until a promotion is recorded.
  @inlinable
  public static func standing<Attempt: LadderAttempt>(
    trainee: String, ladder: Ladder, attempts: [Attempt], promotions: [PromotionRecord],
    language: String = "en"
  ) -> LadderStanding {
    let finished = attempts.filter(\.isFinished).sorted { $0.startedAt > $1.startedAt }
    let promoted = Set(promotions.map(\.level))
    // Recorded promotions stand whatever the requirements now say; above the highest one, levels are
    // reached by meeting their requirements, or wait for approval.
    var current = ladder.levels.indices.last { promoted.contains(ladder.levels[$0].id) } ?? 0
    var unrecorded: [String] = []
    var pending = false
    for index in ladder.levels.indices where index > current {
      let level = ladder.levels[index]
      guard progress(toward: level, finished: finished).allSatisfy(\.met) else { break }
      if level.needsApproval {
        pending = true
        break
      }
      current = index
      unrecorded.append(level.id)
    }
    let level = ladder.levels[current]
    let next = current + 1 < ladder.levels.count ? ladder.levels[current + 1] : nil
    return LadderStanding(
      trainee: trainee, level: level.id, levelTitle: level.title(in: language), nextLevel: next?.id,
      nextLevelTitle: next?.title(in: language), pendingApproval: pending && next != nil,
      requirements: next.map { progress(toward: $0, finished: finished) } ?? [], unrecordedLevels: unrecorded)
  }

  /// Each requirement of `level` with progress, over finished attempts sorted newest first.
  @inlinable
  public static func progress<Attempt: LadderAttempt>(toward level: Level, finished: [Attempt])
    -> [RequirementProgress]
  {
    level.requirements.map { requirement in
      switch requirement {
      case .passed(let count, let kind, let minDifficulty, let mode, let distinct):
        let passes = finished.filter { attempt in
          attempt.passed == true && (kind.map { attempt.kind == $0 } ?? true)
            && attempt.difficulty >= minDifficulty
            && (mode.map { attempt.mode == $0 } ?? true)
        }
        // Oldest first, so each scenario is listed where it was first passed.
        var scenarios: [String] = []
        var seen: Set<String> = []
        for attempt in passes.reversed() where seen.insert(attempt.scenario).inserted {
          scenarios.append(attempt.scenario)
        }
        let counted = distinct ? scenarios.count : passes.count
        var progress = "\(min(counted, count)) of \(count)"
        if distinct && passes.count > scenarios.count {
          progress +=
            " (\(passes.count) passes of \(scenarios.count) different scenario\(scenarios.count == 1 ? "" : "s"))"
        }
        return RequirementProgress(
          description: describePassed(
            count: count, kind: kind, minDifficulty: minDifficulty, mode: mode, distinct: distinct),
          current: Double(counted), target: Double(count), met: counted >= count, progress: progress,
          scenarios: scenarios)
      case .average(let category, let atLeast, let last):
        let scores = finished.compactMap { $0.score(in: category) }.prefix(last)
        let rounded = Mean.rounded(scores) ?? 0
        let enough = scores.count >= last
        let window = last == 1 ? "attempt" : "\(last) attempts"
        var progress = "\(ReportNumber.format(rounded)) of \(ReportNumber.format(atLeast))"
        progress += enough ? " (last \(window))" : " (\(scores.count) of \(last) attempts so far)"
        // Compared as shown, to one decimal, so that "75 of 75" is always met.
        return RequirementProgress(
          description:
            "\(category.capitalized) average of \(ReportNumber.format(atLeast)) or more over your last \(window)",
          current: rounded, target: atLeast, met: enough && rounded >= atLeast, progress: progress)
      }
    }
  }

  @usableFromInline
  static func describePassed(
    count: Int, kind: ScenarioKind?, minDifficulty: Int, mode: AttemptMode?, distinct: Bool = true
  ) -> String {
    let noun =
      kind.map { "\($0.rawValue) scenario\(count == 1 ? "" : "s")" } ?? "scenario\(count == 1 ? "" : "s")"
    var text = "Pass \(count)\(distinct && count > 1 ? " different" : "") \(noun)"
    if minDifficulty > 1 { text += " at difficulty \(minDifficulty) or higher" }
    if mode == .exam { text += " in exam mode" }
    if mode == .practice { text += " in practice mode" }
    if !distinct && count > 1 { text += " (repeats count)" }
    return text
  }
}
