/// The help of the root command, of every command and of the option groups: abstracts,
/// discussions, and what each option, flag and argument is. ArgumentParser's own words (`USAGE`,
/// `OPTIONS`, `(default: …)`) stay as it writes them.
public enum HelpText: String, MessageKey {
  public static var area: String { "help" }

  // The root command.
  case rootAbstract, rootDiscussion

  // Shared by several commands and the option groups.
  /// `--format` of a command that writes text or JSON.
  case formatTextOrJSON
  /// `--bom` of a command that writes CSV.
  case bom
  /// `--output`.
  case output
  /// The attempt id argument of `review` and `dispute`.
  case attemptID
  /// `--database` (`StoreOptions`).
  case database
  /// `--trainee` (`TraineeOption`).
  case trainee
  /// `--library` (`LibraryOptions`).
  case library

  // `practice`.
  case practiceAbstract, practiceDiscussion, practiceTrainee

  // `list`.
  case listAbstract, listDiscussion, listKind, listLanguage

  // `score`.
  case scoreAbstract, scoreDiscussion, scoreScenario, scoreStep, scoreResponse, scoreResponsesFile, scoreRoute

  // `progress`.
  case progressAbstract

  // `history`.
  case historyAbstract, historyLimit, historyFormat

  // `ladder`.
  case ladderAbstract, ladderTrainee

  // `review`.
  case reviewAbstract, reviewDiscussion, reviewQueue, reviewReviewer, reviewOverride, reviewReason,
    reviewNote,
    reviewAccept, reviewReject, reviewDispute

  // `dispute`.
  case disputeAbstract, disputeReason, disputeTrainee

  // `promote`.
  case promoteAbstract, promoteDiscussion, promoteTrainee, promoteReviewer, promoteLevel, promoteForce,
    promoteReason

  // `export`.
  case exportAbstract, exportXAPI, exportSince
  /// `{home}` is the home page used when none is given.
  case exportHomePage
  case exportPost, exportUser

  // `rubric`, `rubric test`, `rubric calibrate`.
  case rubricAbstract
  case rubricTestAbstract, rubricTestDiscussion, rubricTestPaths, rubricTestVerbose
  case calibrateAbstract, calibrateDiscussion, calibrateScenario, calibrateLabels, calibrateStep,
    calibrateWorst

  // `validate`.
  case validateAbstract, validateDiscussion, validatePaths

  // `new`, `new scenario`, `new rubric`.
  case newAbstract, newDiscussion
  case newScenarioAbstract, newScenarioID, newScenarioKind, newScenarioLanguage, newScenarioChannel
  case newRubricAbstract, newRubricID, newRubricScenario, newRubricLanguage

  // `schema`.
  case schemaAbstract, schemaDiscussion, schemaKind

  // `admin` and its commands.
  case adminAbstract, adminDiscussion, adminInitAbstract
  /// How the password of a new login is read, in the discussions of `add-trainee` and `add-lead`.
  case loginPassword
  /// The login name argument of `add-trainee` and `add-lead`.
  case loginName
  case addTraineeAbstract
  case addLeadAbstract
  /// `{password}` is `loginPassword`.
  case addLeadDiscussion
  case migrateAbstract, migrateFrom, migrateTo
}
