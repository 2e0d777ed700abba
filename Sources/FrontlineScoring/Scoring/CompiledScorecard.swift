import FrontlineModel
import FrontlineText

/// A scorecard compiled for fast, explainable scoring: every phrase of every criterion (and every
/// literal of every pattern's prefilter) in one automaton, patterns compiled once. Immutable, so one
/// instance can score on several threads.
public struct CompiledScorecard: Sendable {
  /// Replies longer than this are scored on their beginning, with a note.
  public static let maximumReplyLength = 20_000

  public let scorecard: Scorecard
  let plan: ScorecardPlan
  /// The language of the notes that explain a score (English unless the interface is in another).
  public let localizer: Localizer

  /// Compiles `scorecard`; the notes explaining its scores are in `localizer`'s language.
  public init(_ scorecard: Scorecard, localizer: Localizer = .english) throws(ScoringError) {
    self.scorecard = scorecard
    self.localizer = localizer
    var phrases: [Phrase] = []
    var phraseCriterion: [Int] = []
    var phraseGroup: [Int] = []
    func add(_ texts: [String], _ criterion: Int, _ group: Int) -> [Int] {
      var indices: [Int] = []
      for text in texts {
        let rendered = Template.render(text, values: scorecard.context.values)
        // A Japanese phrase matches as words in their base forms, and as the stem its author wrote.
        for phrase in Phrase.forms(of: rendered) {
          phrases.append(phrase)
          phraseCriterion.append(criterion)
          phraseGroup.append(group)
          indices.append(phrases.count - 1)
        }
      }
      return indices
    }
    var plans: [CriterionPlan] = []
    for (index, criterion) in scorecard.criteria.enumerated() {
      let check: CompiledCheck
      switch criterion.check {
      case .any(let list): check = .any(add(list, index, 0))
      case .none(let list): check = .none(add(list, index, 0))
      case .all(let groups): check = .all(groups.enumerated().map { add($0.element, index, $0.offset) })
      case .together(let groups):
        check = .together(groups.enumerated().map { add($0.element, index, $0.offset) })
      case .noneTogether(let groups):
        check = .noneTogether(groups.enumerated().map { add($0.element, index, $0.offset) })
      case .acknowledges(let list): check = .acknowledges(add(list, index, 0))
      case .facts(let lexicon):
        for (group, list) in lexicon.lists.enumerated() {
          _ = add(group == FactGroup.goodwill ? scorecard.context.unmentioned(list) : list, index, group)
        }
        var facts: [FactPlan] = []
        for (offset, fact) in scorecard.context.facts.enumerated() {
          let cues = FactGroup.first + 2 * offset
          _ = add(fact.about.map(Self.cue), index, cues)
          _ = add(fact.notOffered, index, cues + 1)
          facts.append(FactPlan(fact: fact, cues: cues, notOffered: cues + 1))
        }
        check = .facts(facts)
      case .fact(let id):
        guard let fact = scorecard.context.facts.first(where: { $0.id == id }) else {
          throw .unknownFact(criterion: criterion.id, fact: id, known: scorecard.context.facts.map(\.id))
        }
        _ = add(fact.about.map(Self.cue), index, 0)
        check = .fact(FactPlan(fact: fact, cues: 0, notOffered: 1))
      case .sentences: check = .sentences
      case .maxCount(let list, let max): check = .maxCount(add(list, index, 0), max: max)
      case .usesName: check = .usesName(add(scorecard.context.customerNames, index, 0))
      case .route: check = .route
      case .length(let bounds): check = .length(bounds)
      case .pattern(let pattern):
        let compiled: CompiledPattern
        do {
          compiled = try CompiledPattern(pattern)
        } catch {
          throw .invalidPattern(criterion: criterion.id, pattern: pattern)
        }
        let literals = compiled.prefilter.literals.map { scalars -> Int in
          phrases.append(Phrase(literal: scalars))
          phraseCriterion.append(index)
          phraseGroup.append(0)
          return phrases.count - 1
        }
        check = .pattern(compiled, literals: literals)
      }
      plans.append(CriterionPlan(criterion, check: check, values: scorecard.context.values))
    }
    plan = ScorecardPlan(
      scorecard: scorecard, criteria: plans, matcher: PhraseMatcher(phrases: phrases),
      phraseCriterion: phraseCriterion, phraseGroup: phraseGroup)
  }

  /// A fact's cue matches its word's endings too: `cost` finds "costs", `refund` "refunded".
  private static func cue(_ phrase: String) -> String {
    guard let last = phrase.unicodeScalars.last, last.properties.isAlphabetic, last.isASCII,
      !phrase.contains("*")
    else { return phrase }
    return phrase + "*"
  }

  /// Scores a reply and explains every point. `route` is the transfer taken (`nil`: none); `elapsed`
  /// the seconds from the customer's message to the reply, for the step's time limit.
  /// `mood` is the customer's mood when the reply is given (default: the mood the scenario's main path
  /// reaches at this step).
  public func score(_ reply: String, route: String? = nil, elapsed: Double? = nil, mood: Mood? = nil)
    -> ReplyScore
  {
    let (text, lengthNote) = prefix(reply)
    let route = route?.isEmpty == true ? nil : route
    let normalized = TextNormalizer.normalize(text)
    let reading = ReplyReading(normalized)
    let judgements = judge(normalized, reading: reading, route: route, mood: mood ?? plan.context.mood)
    let aggregation = ScoreAggregation(plan: plan, judgements: judgements, localizer: localizer).verdict(
      elapsed: elapsed)
    let explanation = Explanation(
      plan: plan, normalized: normalized, reading: reading, route: route, localizer: localizer)
    var results: [CriterionResult] = []
    results.reserveCapacity(judgements.count)
    for (index, judgement) in judgements.enumerated() {
      results.append(explanation.result(plan.criteria[index], judgement))
    }
    let verdict = aggregation.verdict
    return ReplyScore(
      scenario: plan.context.scenarioID, step: plan.context.stepID, score: verdict.score,
      passed: verdict.passed,
      passMark: plan.passMark, categories: verdict.categories, categoryOrder: plan.categoryOrder,
      criticalFailures: verdict.criticalFailures, criteria: results, route: route,
      notes: (lengthNote.map { [$0] } ?? []) + explanation.notes(results, judgements) + aggregation.notes,
      voided: verdict.voided.isEmpty ? nil : verdict.voided, weights: plan.unequalWeights,
      penalty: verdict.penalty > 0 ? verdict.penalty : nil)
  }

  /// Scores a reply without explaining it: the same verdict as ``score(_:route:elapsed:)``, for
  /// batch work that needs only the numbers.
  public func verdict(_ reply: String, route: String? = nil, elapsed: Double? = nil, mood: Mood? = nil)
    -> ReplyVerdict
  {
    let route = route?.isEmpty == true ? nil : route
    let normalized = TextNormalizer.normalize(prefix(reply).text)
    let judgements = judge(
      normalized, reading: ReplyReading(normalized), route: route, mood: mood ?? plan.context.mood)
    return ScoreAggregation(plan: plan, judgements: judgements, localizer: localizer).verdict(
      elapsed: elapsed
    )
    .verdict
  }

  /// The part of a reply that is scored, and a note when it was cut.
  private func prefix(_ reply: String) -> (text: String, note: String?) {
    let maximumReplyLength = Self.maximumReplyLength
    guard reply.utf8.count > maximumReplyLength else { return (reply, nil) }
    let length = reply.unicodeScalars.count
    guard length > maximumReplyLength else { return (reply, nil) }
    let text = String(String.UnicodeScalarView(reply.unicodeScalars.prefix(maximumReplyLength)))
    return (
      text,
      localizer(
        FeedbackText.scoredBeginning, ["length": String(length), "maximum": String(maximumReplyLength)])
    )
  }

  /// Matches every phrase in one pass, runs the patterns that can match, and judges each criterion.
  private func judge(_ normalized: NormalizedText, reading: ReplyReading, route: String?, mood: Mood?)
    -> [Judgement]
  {
    let plan = self.plan
    var buckets = [[PhraseMatch]](repeating: [], count: plan.criteria.count)
    var literals: [(phrase: Int, start: Int)] = []
    let found: [PhraseMatch]
    if reading.japanese != nil {
      // Phrases are matched in the stream of base forms; the literals of patterns in the text itself.
      _ = plan.matcher.matches(in: normalized.scalars, literals: &literals, literalsOnly: true)
      var ignored: [(phrase: Int, start: Int)] = []
      found = plan.matcher.matches(
        in: reading.text.scalars, literals: &ignored, wordStarts: reading.japanese?.wordStarts)
    } else {
      found = plan.matcher.matches(in: normalized.scalars, literals: &literals)
    }
    for var match in found {
      let phrase = plan.matcher.phrases[match.phrase]
      match.negation = reading.negation(start: match.start, end: match.end, unspaced: phrase.isUnspaced)
      match.inFragment = reading.isInFragment(match.start)
      match.deserved = reading.saysWhatWasDeserved(end: match.end)
      buckets[plan.phraseCriterion[match.phrase]].append(match)
    }
    // Regular expressions run only on replies with the literals their prefilters ask for.
    var seenLiterals = [Bool](repeating: false, count: plan.phraseCriterion.count)
    for literal in literals { seenLiterals[literal.phrase] = true }
    var patternAdmitted = [Bool](repeating: false, count: plan.criteria.count)
    for (index, criterion) in plan.criteria.enumerated() {
      guard case .pattern(let pattern, let phrases) = criterion.check else { continue }
      patternAdmitted[index] = pattern.prefilter.admits { seenLiterals[phrases[$0]] }
    }
    let judge = Judge(
      plan: plan, normalized: normalized, reading: reading,
      utf16: patternAdmitted.contains(true) ? normalized.utf16 : [], route: route, mood: mood,
      mentions: plan.checksFacts ? QuantityParser.mentions(in: reading.text.scalars) : [])
    var judgements: [Judgement] = []
    judgements.reserveCapacity(plan.criteria.count)
    for index in plan.criteria.indices {
      judgements.append(
        judge.judge(plan.criteria[index], matches: buckets[index], patternAdmitted: patternAdmitted[index]))
    }
    judge.settle(&judgements)
    return judgements
  }
}
