/// Progress, the ladder, history and the scenario list, in the REPL and on the command line.
public enum ProgressText: String, MessageKey {
  public static var area: String { "progress" }

  // Requirements, as the ladder evaluator words them.
  /// `Pass {count} {distinct}{kind}scenarios{difficulty}{mode}{repeats}`, plural by count.
  case passRequirement
  case kindOfScenario, atDifficulty, inExamMode, inPracticeMode, differentScenarios, repeatsCount
  /// `{current} of {target}`.
  case progressOf
  /// ` ({passes} passes of {count} different scenarios)`.
  case passesOfScenarios
  /// `{category} average of {target} or more over your last {window}`.
  case averageRequirement
  /// `attempt`, `10 attempts`: the window of an average.
  case lastAttempts
  case overWindow, soFar

  // Results.
  case unfinished, overriddenBy, overriddenByTeamLeader
  /// ` (overridden; originally {original})` after a verdict.
  case overriddenOriginally

  // History lines.
  case noAttempts, interruptedAfter, abandoned, inProgress, finished

  // The progress report.
  case traineeAtLevel, nextPending, pendingApproval, nextMet, counted, countedWithNotes, withHints,
    passedOnReview, topOfLadder
  case averagesOver, noAttemptsStart, recentAttempts

  // The ladder.
  case teamLeaderApproves, ladderHolds, levelHolds, levelHoldsNow, levelReached

  // The scenario list.
  case listID, listKind, listLevel, listChannel, listLanguage, listTitle, scenarioCount, noScenariosMatch
}
