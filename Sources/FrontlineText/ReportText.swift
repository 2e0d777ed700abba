/// The team, trainee and scenario reports, as text and as HTML pages, and `frontline report`'s own
/// messages.
public enum ReportText: String, MessageKey {
  public static var area: String { "report" }

  // Periods and dates, text and HTML.
  case allTime
  /// A period with a start only: `since 2026-11-01`.
  case periodSince
  /// A period with an end only: `until 2026-11-30`.
  case periodUntil
  /// A period on the HTML page: `2026-11-01 – 2026-11-30`.
  case periodSpan
  /// A period in text: `2026-11-01 to 2026-11-30`.
  case textPeriodRange
  /// A date after the report's: `later`.
  case agoLater
  case agoToday
  case agoYesterday
  case agoDays
  case agoWeeks
  case agoMonths

  // Counts and pieces shared by the text and the HTML.
  /// `1 attempt`, `12 attempts`.
  case attemptCount
  /// `1 finished attempt`, `5 finished attempts`.
  case finishedAttemptCount
  /// `1 trainee`, `3 trainees`.
  case traineeCount
  /// After a count of attempts: `, pass rate 83%`.
  case passRateSuffix
  /// `1 hint`, `3 hints`.
  case hintCount
  /// The knowledge-base topics an attempt looked up.
  case lookedUp
  /// Between the help an attempt used: `2 hints; looked up refunds`.
  case partsSeparator
  /// Between the topics of a list in markup.
  case listSeparator
  /// A scenario with its misses: `late-delivery (9)`.
  case scenarioMisses
  /// The scenarios a criterion was missed in.
  case inScenarios
  /// The value to give `--reviewer` in a command to copy.
  case reviewerName
  /// A difficulty in the by-difficulty tally: `difficulty 2`.
  case difficultyLevel

  // Scenario kinds and outcomes.

  // The team report as text.
  /// `Team report — all time — 3 trainees`.
  case textTeamHeadline
  case columnTrainee
  case columnLevel
  case columnAttempts
  case columnPass
  case columnTrend
  case columnLastActive
  /// A level with the one waiting for approval.
  case textLevelPending
  /// Attempts of which a review overrode some: `7 (2 overridden)`.
  case textAttemptsOverridden
  case textTrendNone
  case textTrendLastDays
  case textTrendPeriod
  case textMostMissed
  /// A criterion and its misses, indented by two.
  case missedLine
  case missedInLine
  case missedTipLine
  case textOverrides
  /// A score that passed, in an override: `72 pass`.
  case textResultPass
  case textResultFail
  /// `{reason}` is `textReason` or nothing.
  case textOverrideLine
  case textReason
  case textPendingPromotions
  case textPendingPromotionsNone
  case textPendingPromotionLine
  case textOpenDisputes
  case textOpenDisputesNone
  case textDisputeLine

  // The trainee and scenario reports as text.
  /// `Dana — 4 finished attempts, pass rate 50%`.
  case textTraineeHeadline
  /// How many attempts a half of the trend holds: the latest `attempt`, the latest `3 attempts`.
  case textLatestCount
  /// `{earlier}` is `textCategoriesEarlier` or nothing.
  case textCategories
  case textCategoriesEarlier
  case textWeakestReplies
  case textWeakReply
  case textCustomer
  case textReply
  case textMissed
  /// After a missed criterion that fails the reply alone.
  case textCritical
  case textTip
  case textMoreMissed
  case textEndedEarly
  case textEndedEarlyNone
  case textEndedEarlyLine
  case textAssistance
  case textAssistanceNone
  case textAssistanceLine
  case textMissedMostOften
  case textLatestAttempts
  case textHistoryLine
  /// How an attempt ended, when not resolved: ` (escalated)`.
  case textOutcome
  case textOverridden
  case textByKind
  case textByDifficulty
  case textTally
  /// `late-delivery — 5 finished attempts by 2 trainees, pass rate 60%`.
  case textScenarioHeadline
  case textStepsHeading
  case textStepLine

  // The pages' frame.
  /// Above a page's title.
  case eyebrow
  case teamReport
  /// The team page's title in the browser.
  case teamTitle
  case coachingView
  /// A trainee's section, and their page's title in the browser.
  case coachingTitle
  case periodLabel
  /// Above the date and time the page was made.
  case generated
  case teamFooter
  case coachingFooter
  /// The table of contents' label for screen readers.
  case sections
  case coaching
  case summary

  // The team page's sections, columns and figures.
  case team
  case heatMap
  case scoreTrends
  case mostMissedCriteria
  case reviewOverrides
  case pendingPromotions
  case openDisputes
  case trainees
  case trainee
  case attempts
  case attempt
  case passRate
  /// Under the team's pass rate.
  case ofAllAttempts
  case level
  case trend
  case lastActive
  /// Last active: never.
  case never
  case noTrainees
  case teamNote
  case noTrendNote
  case trendNoteLastDays
  case trendNotePeriod
  case overriddenBadge
  case overriddenTitle
  case pendingBadge
  case pendingTitle
  case trendMissingTitle
  case trendFlatTitle
  case trendUpTitle
  case trendDownTitle
  case nothingToMap
  /// A heat map cell's title: `Dana · empathy: 80`.
  case heatCell
  case heatCellEmpty
  case weakestSkill
  case teamMean
  case legend
  case legendEmpty
  case trendsScale
  case passLine
  case noPassLine
  /// The marks' key: `{practice}` and `{exam}` are the marks with their mode.
  case trendsKey
  case noScoredAttempts
  case scoreCount
  /// After the count of scores: ` · 4 exams`.
  case sparkExams
  case sparkStats
  /// A chart's text equivalent.
  case chartLabel
  case chartLabelNone
  case chartOnDay
  case chartFromTo
  case chartRange
  /// The latest attempt's verdict when it was an exam.
  case chartExamVerdict
  case chartExams
  case verdictPassed
  case verdictNotPassed
  case verdictFailed
  case verdictNone
  case noCriteriaMissed
  case rank
  case criterion
  case misses
  case coachingTip
  case mostMissedNote
  case noOverrides
  case scenario
  case result
  case reviewer
  case date
  case reason
  case overridesNote
  case noPromotionWaiting
  case promotion
  case toApprove
  case promotionsNote
  case noDisputeOpen
  case attemptNumber
  /// Before the command that opens a dispute's review.
  case toSettle
  /// After it: the flags that settle it.
  case toSettleFlags
  case disputesNote

  // A trainee's coaching section.
  /// `{passRate}` is `passRateSuffix` or nothing.
  case finishedAttemptsSentence
  case categories
  case categoriesNote
  case category
  case latest
  case before
  case change
  /// Under an average: how many attempts, and when.
  case spanDetail
  case weakestReplies
  case noReplyMissed
  case customer
  case reply
  /// A badge on a criterion that fails the reply alone.
  case critical
  case tip
  case endedEarly
  case afterReplies
  case noneSentence
  case hintsAndLookups
  case missedMostOften
  /// `3×`.
  case timesMissed

  // `frontline report`: its help, refusals and messages.
  case helpAbstract
  case helpDiscussion
  case helpSince
  case helpUntil
  case helpTrainee
  case helpScenario
  case helpLevel
  case helpSort
  case helpFormat
  case helpBOM
  case helpOutput
  case untilBeforeSince
  case traineeOrScenario
  case csvIsForTheTeam
  case scenarioFormats
  case unknownLevel
  case noSuchTrainee
  /// After the file's path; `{reason}` is the system's, in English.
  case cannotBeWritten
  case wrote
}
