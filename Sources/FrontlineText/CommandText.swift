/// The command line's own messages: errors, confirmations, and what commands print around their reports.
public enum CommandText: String, MessageKey {
  public static var area: String { "command" }

  // Errors of every command.
  /// What stands for ArgumentParser's `Error: ` before a message.
  case errorPrefix
  /// `path: why`, for a file named on the command line.
  case unreadable
  case isADirectory, cannotBeRead, noSuchFile
  case unknownScenario, unknownScenarioDidYouMean, unknownDepartment, noSuchStep
  /// Where a name that breaks the rule came from, when it is not an option or a variable.
  case sourceServerLogin, sourceTrainee, sourceLeadName, sourceLoginName

  // The library and the store.
  /// The warning when files with errors are left out of the library, with their `{count}`.
  case filesLeftOut
  case noLadder
  case databaseEmpty
  /// What to do when the database cannot be opened: it was given, it comes from the variable, it is
  /// the default (under `{source}`).
  case databaseGivenUnwritable, databaseFromVariable, databaseDefault
  case serverNeeded, withoutPostgreSQL, whoseProgress

  // Who is practising.
  case whoIsPractising, welcome, namePrompt, nameUnusable
  /// A remembered name that breaks the rule, when the person is asked again and when not.
  case rememberedNameAskedAgain, rememberedNameUnusable
  case nameNotRemembered

  // `score` and its text output.
  case responseOrFile, routeWithFile, responseTooLong
  /// After the score: `  (pass mark 70)`.
  case passMark
  /// A category the reply gave nothing to judge.
  case nothingToJudge
  /// A criterion with its points after it: `Apologises (empathy 2/2)`.
  case criterion
  /// A criterion's points: `(empathy 2/2)`.
  case criterionPoints
  /// A criterion that does not apply: `description (category, N/A: note)`.
  case criterionNotApplicable
  case doesNotApply
  /// After a missed criterion whose miss fails the reply.
  case critical
  case tip
  /// A note of the scoring engine.
  case scoreNote
  /// What the trainee wrote, quoted: `“…”`, `「…」`.
  case quoted
  /// A result of a responses file: `line 3`.
  case lineNumber
  case lineNotScored
  /// A problem with a line of a file, compiler-style: `path:3: error: message`.
  case fileLineError
  case linesNotScored
  // Lines of a responses or labels file that cannot be used.
  case blankLine, notUTF8, notAJSONObject, missingResponse, notScoredBecause, routeNotAString

  // `rubric test`.
  case exampleColumn, expectedColumn, actualColumn, decidedByColumn
  /// An example's verdict in a table: `pass`, `fail`.
  case passed, failed
  case rubricOwner, scenarioStepOwner
  case exampleFailure
  /// `12 examples: 11 as expected, 1 mismatch.`
  case examplesSummary
  case mismatchCount
  case fixErrorsFirst

  // `rubric calibrate`.
  case labelledReplies, verdictAgreement, kappa, meanAbsoluteDifference, worstDisagreements
  /// A disagreement's reply: `line 3: “…”`.
  case labelledLine
  case personAndEngine
  // Landis and Koch's words for a kappa.
  case kappaWorseThanChance, kappaSlight, kappaFair, kappaModerate, kappaSubstantial, kappaAlmostPerfect

  // `validate`.
  case fileCount, errorCount, warningCount
  /// `2 errors and 1 warning`.
  case errorsAndWarnings
  /// `Checked 22 files: no problems.`
  case checkedNoProblems
  /// `Checked 22 files: 2 errors in 1 file.`
  case checkedWithProblems

  // `export --xapi`.
  case exportWhat, userNeedsPost, userForm, userVariableForm
  case attemptNotExported
  /// `batch 2 of 3 (attempts 4, 5)`.
  case batchName
  case attemptList
  /// The first ten attempts of a batch and how many more.
  case andMore
  /// Why a store answers 409.
  case conflictHint
  case batchRefused, batchNotSent, sent, batchesFailed
  case statementCount, batchCount, attemptCount, supersededGradeCount

  // `new`.
  case invalidID, fileExists, fileNotWritten, wrote
  /// What to do after `new`.
  case newNext

  // `admin`.
  case serverReady, leadAdded, nothingNew, copiedRows, loginNameLength
  case traineeLoginCreated, leadLoginCreated
  case passwordPrompt, passwordAgain, passwordsDiffer
  // Shared validation of options.
  case bomIsForCSV, limitAtLeastOne
}
