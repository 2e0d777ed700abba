import FrontlineModel

/// How one criterion judged a reply, before it is put into words: met or not, the points, and what
/// the explanation will need (the matches that counted, a negated one, a regular-expression match).
struct Judgement {
  /// Why a criterion did not apply, when it did not.
  enum NotApplicable {
    case routingNotJudged
    case transferred(Bool)
    case expectsTransfer(Bool)
    case channels([Channel])
    case mood(Mood)
  }

  var notApplicable: NotApplicable?
  var met = false
  var points = 0.0
  /// The matches that counted, in the order found.
  var counted: [PhraseMatch] = []
  /// The first match that did not count because it was negated.
  var negated: PhraseMatch?
  /// The first match that did not count because it stands in a list of keywords, not a sentence.
  var fragment: PhraseMatch?
  /// Missed because the house rules found an insincere tone (a rubric's tone criterion).
  var insincere = false
  /// What the reply stated wrongly about declared facts.
  var factProblems: [FactProblem] = []
  /// Where the reply states a fact correctly.
  var factStatement: Range<Int>?
  /// Where a follow-up reply answers the customer's question first ("Yes," "はい、"), which
  /// acknowledges a customer already heard.
  var answersFirst: Range<Int>?
  /// Where a pattern matched, in the normalised text.
  var patternMatch: Range<Int>?
  /// The pattern ran out of its time budget on this reply (and so is not met).
  var patternOverBudget = false
  /// For length checks: characters and words.
  var size: (characters: Int, words: Int) = (0, 0)

  var applicable: Bool { notApplicable == nil }
}

/// Judges each criterion of a scorecard against one normalised reply.
struct Judge {
  let plan: ScorecardPlan
  let normalized: NormalizedText
  let reading: ReplyReading
  /// The normalised text in UTF-16, made only when a pattern runs.
  let utf16: [UInt16]
  let route: String?
  /// The customer's mood when the reply was given.
  let mood: Mood?
  /// The quantities the reply states, read when a criterion checks facts.
  let mentions: [QuantityParser.Mention]

  /// The category whose prohibitions are about what a reply asserts (a promise, a wrong fact), which a
  /// condition or a concession does not assert.
  static let accuracy = "accuracy"

  /// Judges one criterion. `patternAdmitted` says whether a pattern's prefilter lets it run.
  func judge(_ criterion: CriterionPlan, matches: [PhraseMatch], patternAdmitted: Bool) -> Judgement {
    var judgement = Judgement()
    judgement.notApplicable = notApplicable(criterion)
    guard judgement.applicable else { return judgement }
    let positive = criterion.check.creditsWords
    for match in matches {
      if criterion.negated {
        // "Please don't apologise" to the customer is kindness, not a refusal; and where a refusal is
        // what the criterion forbids, "I can't promise a written apology" declines to promise, it does
        // not refuse.
        if let negation = match.negation, !reading.isImperative(negation),
          positive || !reading.declinesToPromise(negation)
        {
          judgement.counted.append(match)
        }
      } else if criterion.negation && match.negation != nil {
        if judgement.negated == nil { judgement.negated = match }
      } else if !positive && match.deserved {
        continue
      } else if positive && match.inFragment {
        if judgement.fragment == nil { judgement.fragment = match }
      } else {
        judgement.counted.append(match)
      }
    }
    switch criterion.check {
    case .any:
      judgement.met = !judgement.counted.isEmpty
    case .acknowledges:
      judgement.met = !judgement.counted.isEmpty
      if !judgement.met, plan.context.followUp,
        let answer = reading.answerFirst()
          ?? reading.takesUp(
            plan.context.questionWords, asksWhatToDo: plan.context.asksWhatToDo,
            names: plan.context.customerNames)
      {
        judgement.answersFirst = answer
        judgement.met = true
      }
    case .all(let groups):
      judgement.met = groups.indices.allSatisfy { group in
        judgement.counted.contains { plan.phraseGroup[$0.phrase] == group }
      }
    case .together(let groups):
      judgement.met = firstSentenceWithAll(groups.count, judgement.counted) != nil
    case .noneTogether(let groups):
      // Words that are not said (read only when they would fail the reply) do not count.
      if firstSentenceWithAll(groups.count, judgement.counted) != nil {
        judgement.counted = judgement.counted.filter { isSaid($0, criterion) }
      }
      if let sentence = firstSentenceWithAll(groups.count, judgement.counted) {
        judgement.counted = judgement.counted.filter { sentence.contains($0.start) }
        judgement.met = false
      } else {
        judgement.counted = []
        judgement.met = true
      }
    case .sentences:
      judgement.met = !reading.readsAsFragments
    case .facts(let facts):
      judgement.factProblems = factJudge.problems(facts, matches: matches)
      judgement.met = judgement.factProblems.isEmpty
    case .fact(let fact):
      judgement.factStatement = factJudge.statement(of: fact, matches: matches, others: plan.context.facts)
      judgement.met = judgement.factStatement != nil
    case .none:
      judgement.counted = judgement.counted.filter { isSaid($0, criterion) }
      judgement.met = judgement.counted.isEmpty
    case .usesName:
      judgement.counted = matches
      judgement.met = !matches.isEmpty
    case .pattern(let pattern, _):
      switch pattern.outcome(admitted: patternAdmitted, in: utf16) {
      case .matched(let range): judgement.patternMatch = range
      case .notMatched: break
      case .overBudget: judgement.patternOverBudget = true
      }
      judgement.met = judgement.patternMatch != nil
    case .route:
      judgeRoute(criterion, into: &judgement)
      return judgement
    case .length(let bounds):
      judgement.size = size()
      judgement.met = Self.lengthProblems(judgement.size, bounds).isEmpty
    case .maxCount(_, let max):
      // Overlapping matches ("so sorry" and "sorry") count once.
      var occurrences: [PhraseMatch] = []
      for match in judgement.counted.sorted(by: { $0.start < $1.start })
      where occurrences.last.map({ match.start >= $0.end }) ?? true {
        occurrences.append(match)
      }
      judgement.counted = occurrences
      judgement.met = occurrences.count <= max
    }
    if judgement.met { judgement.points = criterion.points }
    return judgement
  }

  /// Whether a forbidden phrase is said rather than reported ("if it sounded like I was blaming
  /// you") or, for what a reply must not assert, said of a case ("if the claim is approved, …").
  private func isSaid(_ match: PhraseMatch, _ criterion: CriterionPlan) -> Bool {
    if !criterion.negated && reading.isReported(start: match.start, end: match.end) { return false }
    if criterion.category == Self.accuracy && reading.isHypothetical(start: match.start, end: match.end) {
      return false
    }
    return true
  }

  private var factJudge: FactJudge {
    FactJudge(
      reading: reading, mentions: mentions, policyFigures: plan.context.policyFigures,
      situationFigures: plan.context.situationFigures, workedFigures: plan.workedFigures
    ) {
      plan.phraseGroup[$0.phrase]
    }
  }

  /// The first sentence in which every group of phrases has a match.
  private func firstSentenceWithAll(_ groups: Int, _ matches: [PhraseMatch]) -> Range<Int>? {
    reading.sentences.first { sentence in
      (0..<groups).allSatisfy { group in
        matches.contains { plan.phraseGroup[$0.phrase] == group && sentence.range.contains($0.start) }
      }
    }?.range
  }

  private func notApplicable(_ criterion: CriterionPlan) -> Judgement.NotApplicable? {
    if case .route = criterion.check, plan.context.expectedRoute == .any { return .routingNotJudged }
    guard let rule = criterion.appliesWhen else { return nil }
    if let transferred = rule.transferred, transferred != (route != nil) { return .transferred(transferred) }
    if let expects = rule.expectsTransfer {
      let expected: Bool
      if case .department = plan.context.expectedRoute { expected = true } else { expected = false }
      if expects != expected { return .expectsTransfer(expects) }
    }
    if let channels = rule.channels, let channel = plan.context.channel, !channels.contains(channel) {
      return .channels(channels)
    }
    if let most = rule.moodAtMost, let mood, mood > most { return .mood(most) }
    return nil
  }

  /// What one criterion's result does to others: an acknowledgement is also any other empathy
  /// criterion that found the customer's feelings in words; an insincere tone (a missed criterion that
  /// voids a category) fails the rubrics' tone criteria too.
  func settle(_ judgements: inout [Judgement]) {
    let criteria = plan.criteria
    for (index, criterion) in criteria.enumerated() where judgements[index].applicable {
      guard case .acknowledges = criterion.check, !judgements[index].met else { continue }
      let other = criteria.indices.contains { other in
        other != index && criteria[other].category == criterion.category && judgements[other].met
          && judgements[other].applicable && criteria[other].check.creditsWords && !criteria[other].negated
      }
      if other {
        judgements[index].met = true
        judgements[index].points = criterion.points
      }
    }
    let insincere = criteria.indices.contains { index in
      criteria[index].voids != nil && judgements[index].applicable && !judgements[index].met
    }
    guard insincere else { return }
    for (index, criterion) in criteria.enumerated() where criterion.tone && judgements[index].applicable {
      judgements[index].met = false
      judgements[index].points = 0
      judgements[index].insincere = true
    }
  }

  private func judgeRoute(_ criterion: CriterionPlan, into judgement: inout Judgement) {
    let context = plan.context
    switch context.expectedRoute {
    case .none: judgement.met = route == nil
    case .department(let expected): judgement.met = route == expected
    case .any: judgement.met = true
    }
    if judgement.met {
      judgement.points = criterion.points
    } else if let route, context.acceptableRoutes.contains(route) {
      judgement.points = (criterion.points * criterion.partialCredit / 100 * 10).rounded() / 10
    }
  }

  private func size() -> (characters: Int, words: Int) {
    var words = 0
    var inWord = false
    for scalar in normalized.scalars {
      if scalar == " " {
        inWord = false
      } else if !inWord {
        inWord = true
        words += 1
      }
    }
    return (normalized.scalars.count, words)
  }

  /// What is wrong with a reply's length, in words for the trainee; empty when it is within bounds.
  static func lengthProblems(_ size: (characters: Int, words: Int), _ bounds: LengthBounds) -> [LengthProblem]
  {
    var problems: [LengthProblem] = []
    if let min = bounds.minCharacters, size.characters < min {
      problems.append(LengthProblem(count: size.characters, bound: min, words: false, atLeast: true))
    }
    if let max = bounds.maxCharacters, size.characters > max {
      problems.append(LengthProblem(count: size.characters, bound: max, words: false, atLeast: false))
    }
    if let min = bounds.minWords, size.words < min {
      problems.append(LengthProblem(count: size.words, bound: min, words: true, atLeast: true))
    }
    if let max = bounds.maxWords, size.words > max {
      problems.append(LengthProblem(count: size.words, bound: max, words: true, atLeast: false))
    }
    return problems
  }

  /// A reply too short or too long for a length criterion: its count against the bound.
  struct LengthProblem {
    var count: Int
    var bound: Int
    /// Counted in words, else in characters.
    var words: Bool
    /// The bound is a least, else a most.
    var atLeast: Bool
  }
}
