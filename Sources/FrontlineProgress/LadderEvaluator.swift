import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineText

/// Evaluates a trainee's history against the career ladder.
public enum LadderEvaluator {
  /// The trainee's standing. Levels recorded as promotions are kept whatever the ladder now says; a
  /// level whose requirements are met is reached automatically unless it needs a team leader's
  /// approval, in which case it is pending until a promotion is recorded.
  @inlinable
  public static func standing<Attempt: LadderAttempt>(
    trainee: String, ladder: Ladder, attempts: [Attempt], promotions: [PromotionRecord],
    localizer: Localizer
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
      guard progress(toward: level, finished: finished, localizer: localizer).allSatisfy(\.met) else { break }
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
      trainee: trainee, level: level.id, levelTitle: localizer.title(of: level), nextLevel: next?.id,
      nextLevelTitle: next.map(localizer.title), pendingApproval: pending && next != nil,
      requirements: next.map { progress(toward: $0, finished: finished, localizer: localizer) } ?? [],
      unrecordedLevels: unrecorded)
  }

  /// Each requirement of `level` with progress, over finished attempts sorted newest first.
  @inlinable
  public static func progress<Attempt: LadderAttempt>(
    toward level: Level, finished: [Attempt], localizer: Localizer
  ) -> [RequirementProgress] {
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
        var progress = localizer(
          ProgressText.progressOf, ["current": String(min(counted, count)), "target": String(count)])
        if distinct && passes.count > scenarios.count {
          progress += localizer(
            ProgressText.passesOfScenarios, count: scenarios.count, ["passes": String(passes.count)])
        }
        return RequirementProgress(
          description: describePassed(
            count: count, kind: kind, minDifficulty: minDifficulty, mode: mode, distinct: distinct,
            localizer: localizer),
          current: Double(counted), target: Double(count), met: counted >= count, progress: progress,
          scenarios: scenarios)
      case .average(let category, let atLeast, let last):
        let scores = finished.compactMap { $0.score(in: category) }.prefix(last)
        let rounded = Mean.rounded(scores) ?? 0
        let enough = scores.count >= last
        let window = localizer(ProgressText.lastAttempts, count: last)
        var progress = localizer(
          ProgressText.progressOf,
          ["current": localizer.number(rounded), "target": localizer.number(atLeast)])
        progress +=
          enough
          ? localizer(ProgressText.overWindow, ["window": window])
          : localizer(ProgressText.soFar, count: scores.count, ["last": String(last)])
        // Compared as shown, to one decimal, so that "75 of 75" is always met.
        return RequirementProgress(
          description: localizer.sentenceStart(
            localizer(
              ProgressText.averageRequirement,
              [
                "category": localizer.category(category), "target": localizer.number(atLeast),
                "window": window,
              ])),
          current: rounded, target: atLeast, met: enough && rounded >= atLeast, progress: progress)
      }
    }
  }

  @usableFromInline
  static func describePassed(
    count: Int, kind: ScenarioKind?, minDifficulty: Int, mode: AttemptMode?, distinct: Bool,
    localizer: Localizer
  ) -> String {
    var values = [
      "kind": kind.map { localizer(ProgressText.kindOfScenario, ["kind": localizer.kind($0)]) } ?? "",
      "difficulty": minDifficulty > 1
        ? localizer(ProgressText.atDifficulty, ["level": String(minDifficulty)]) : "",
      "mode": mode.map { localizer($0 == .exam ? ProgressText.inExamMode : ProgressText.inPracticeMode) }
        ?? "",
    ]
    values["distinct"] = distinct && count > 1 ? localizer(ProgressText.differentScenarios) : ""
    values["repeats"] = !distinct && count > 1 ? localizer(ProgressText.repeatsCount) : ""
    return localizer(ProgressText.passRequirement, count: count, values)
  }
}
