/// The notes that explain a score: why a criterion counted or not, what the scorer did.
public enum FeedbackText: String, MessageKey {
  public static var area: String { "feedback" }

  case scoredBeginning
  case noCriterionApplied
  case criticalFailure
  case overTimeLimit
  case negated
  case negatedAgainst
  case doesNotAcknowledge
  case answersFirst
  case doesNotStateIt
  case usedTogether
  case quoteGap
  case used
  case quoteList
  case keywordList
  case evidence
  case nothingLike
  case or
  case separator
  case overBudget
  case criterionOverBudget
  case charactersAtLeast
  case charactersAtMost
  case wordsAtLeast
  case wordsAtMost
  case tooManyTimes
  case insincere
  case transferredTo
  case noTransfer
  case partialCreditNoTransfer
  case yoursToResolve
  case partialCredit
  case expectedTransfer
  case routingNotJudged
  case onlyWhenTransferred
  case onlyWithoutTransfer
  case onlyWhereTransferExpected
  case onlyWhereNoTransferExpected
  case onlyOnChannels
  case onlyWhenMood
  case noCredit
  case policySays
  case wrong
  case disagreesWithKnowledgeBase
  case overpromises
  case anEstimate
  case policyDoesNotBackIt
  case inventsCharge
  case inventsEntitlement
  case fragment
}
