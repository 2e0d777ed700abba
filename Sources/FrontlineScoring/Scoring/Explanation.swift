import FrontlineModel
import FrontlineText

/// Puts a judgement into words: the evidence in the trainee's own words, why it counted or not, and
/// the coaching tip when the criterion was missed.
struct Explanation {
  let plan: ScorecardPlan
  let normalized: NormalizedText
  let reading: ReplyReading
  let route: String?
  let localizer: Localizer

  /// The text phrase matches point into.
  private var words: NormalizedText { reading.text }

  func result(_ criterion: CriterionPlan, _ judgement: Judgement) -> CriterionResult {
    var result = CriterionResult(
      id: criterion.id, rubric: criterion.rubric, category: criterion.category,
      description: criterion.description, met: judgement.met,
      applicable: judgement.applicable, points: judgement.points, possible: criterion.points,
      critical: criterion.critical, evidence: nil, spans: [], tip: nil, note: nil)
    if let reason = judgement.notApplicable {
      result.note = describe(reason)
      return result
    }
    let counted = judgement.counted
    switch criterion.check {
    case .any, .usesName, .acknowledges:
      if let first = counted.first {
        result.spans = [span(first.start, first.end)]
      } else if let answer = judgement.answersFirst {
        result.spans = [span(answer.lowerBound, answer.upperBound)]
        result.note = localizer(FeedbackText.answersFirst)
      } else if let first = judgement.negated {
        result.spans = [span(first.start, first.end)]
        result.note = localizer(FeedbackText.negated, ["words": negatedWords(first)])
      } else if let first = judgement.fragment {
        result.spans = [span(first.start, first.end)]
        result.note = fragmentNote(first)
      } else if case .acknowledges = criterion.check, !judgement.met {
        result.note = localizer(FeedbackText.doesNotAcknowledge)
      }
    case .facts:
      result.spans = judgement.factProblems.map { span($0.range.lowerBound, $0.range.upperBound) }
      if !judgement.factProblems.isEmpty {
        result.note = judgement.factProblems.map(describe).joined(
          separator: localizer(FeedbackText.separator))
      }
    case .fact(let plan):
      if let range = judgement.factStatement {
        result.spans = [span(range.lowerBound, range.upperBound)]
      } else if let value = plan.fact.valueText {
        result.note = localizer(FeedbackText.doesNotStateIt, ["value": value])
      }
    case .noneTogether:
      result.spans = counted.map { span($0.start, $0.end) }
      if !counted.isEmpty {
        result.note = localizer(
          FeedbackText.usedTogether,
          ["words": result.spans.map(\.text).joined(separator: localizer(FeedbackText.quoteGap))])
      }
    case .together(let groups):
      if judgement.met {
        for group in groups.indices {
          if let match = counted.first(where: { plan.phraseGroup[$0.phrase] == group }) {
            result.spans.append(span(match.start, match.end))
          }
        }
      } else if let first = judgement.fragment {
        result.note = fragmentNote(first)
      }
    case .sentences:
      if !judgement.met {
        let share = Int((reading.fragmentShare * 100).rounded())
        let example = reading.sentences.first(where: \.isFragment).map {
          localizer(
            FeedbackText.evidence,
            ["words": Excerpt.of(words.originalText($0.range.lowerBound, $0.range.upperBound))])
        }
        result.note = localizer(FeedbackText.keywordList, ["share": String(share)]) + (example ?? "")
      }
    case .all(let groups):
      var missing: [String] = []
      for (group, phrases) in groups.enumerated() {
        if let match = counted.first(where: { plan.phraseGroup[$0.phrase] == group }) {
          result.spans.append(span(match.start, match.end))
        } else if let phrase = phrases.first {
          missing.append(localizer.quoted(plan.matcher.phrases[phrase].text))
        }
      }
      if !missing.isEmpty {
        result.note = localizer(
          FeedbackText.nothingLike, ["missing": missing.joined(separator: localizer(FeedbackText.or))])
        if let first = judgement.negated {
          result.note! +=
            localizer(FeedbackText.separator)
            + localizer(FeedbackText.negated, ["words": negatedWords(first)])
        } else if let first = judgement.fragment {
          result.note! += localizer(FeedbackText.separator) + fragmentNote(first)
        }
      }
    case .none:
      if criterion.negated {
        result.spans = counted.map { match in
          span(
            min(match.negation?.lowerBound ?? match.start, match.start),
            max(match.negation?.upperBound ?? 0, match.end))
        }
        if let first = counted.first {
          result.note = localizer(
            FeedbackText.negatedAgainst,
            ["words": negatedWords(first), "criterion": localizer.sentenceMiddle(criterion.description)])
        }
      } else {
        result.spans = counted.map { span($0.start, $0.end) }
        if !counted.isEmpty {
          result.note = localizer(
            FeedbackText.used,
            ["words": result.spans.map(\.text).joined(separator: localizer(FeedbackText.quoteList))])
        }
      }
    case .pattern:
      // A match of one character or none (a pattern of look-aheads) says nothing to a trainee.
      if let found = judgement.patternMatch, found.count > 1 {
        result.spans = [patternSpan(found.lowerBound, found.upperBound)]
      } else if judgement.patternOverBudget {
        result.note = localizer(FeedbackText.overBudget)
      }
    case .route:
      result.note = routeNote(judgement)
    case .length(let bounds):
      let problems = Judge.lengthProblems(judgement.size, bounds)
      if !problems.isEmpty {
        result.note = problems.map(describe).joined(separator: localizer(FeedbackText.separator))
      }
    case .maxCount(_, let max):
      result.spans = counted.map { span($0.start, $0.end) }
      if !judgement.met {
        result.note = localizer(FeedbackText.tooManyTimes, count: counted.count, ["most": String(max)])
      }
    }
    if judgement.insincere {
      result.note = localizer(FeedbackText.insincere)
    }
    switch result.spans.count {
    case 0: result.evidence = nil
    case 1: result.evidence = result.spans[0].text
    default: result.evidence = result.spans.map(\.text).joined(separator: " … ")
    }
    if !judgement.met { result.tip = criterion.tip }
    return result
  }

  private func describe(_ problem: Judge.LengthProblem) -> String {
    let key: FeedbackText =
      switch (problem.words, problem.atLeast) {
      case (false, true): .charactersAtLeast
      case (false, false): .charactersAtMost
      case (true, true): .wordsAtLeast
      case (true, false): .wordsAtMost
      }
    return localizer(key, count: problem.count, ["bound": String(problem.bound)])
  }

  private func routeNote(_ judgement: Judgement) -> String {
    let taken =
      route.map { localizer(FeedbackText.transferredTo, ["department": $0]) }
      ?? localizer(FeedbackText.noTransfer)
    if judgement.met { return taken }
    switch plan.context.expectedRoute {
    case .none:
      if let route, judgement.points > 0 {
        return localizer(FeedbackText.partialCreditNoTransfer, ["department": route])
      }
      return localizer(FeedbackText.yoursToResolve, ["taken": taken])
    case .department(let expected):
      if let route, judgement.points > 0 {
        return localizer(FeedbackText.partialCredit, ["department": route, "expected": expected])
      }
      return localizer(FeedbackText.expectedTransfer, ["taken": taken, "expected": expected])
    case .any:
      return taken
    }
  }

  private func describe(_ reason: Judgement.NotApplicable) -> String {
    switch reason {
    case .routingNotJudged: localizer(FeedbackText.routingNotJudged)
    case .transferred(let wanted):
      localizer(wanted ? FeedbackText.onlyWhenTransferred : FeedbackText.onlyWithoutTransfer)
    case .expectsTransfer(let wanted):
      localizer(wanted ? FeedbackText.onlyWhereTransferExpected : FeedbackText.onlyWhereNoTransferExpected)
    case .channels(let channels):
      localizer(FeedbackText.onlyOnChannels, ["channels": localizer.list(channels.map(localizer.channel))])
    case .mood(let mood): localizer(FeedbackText.onlyWhenMood, ["mood": localizer.mood(mood)])
    }
  }

  /// Remarks on the reply as a whole: patterns that ran out of their budget, categories voided by an
  /// insincere tone.
  func notes(_ results: [CriterionResult], _ judgements: [Judgement]) -> [String] {
    var notes: [String] = []
    for (index, criterion) in plan.criteria.enumerated() where judgements[index].patternOverBudget {
      notes.append(localizer(FeedbackText.criterionOverBudget, ["criterion": criterion.id]))
    }
    for (index, criterion) in plan.criteria.enumerated() {
      guard let category = criterion.voids, judgements[index].applicable, !judgements[index].met else {
        continue
      }
      let evidence =
        results[index].evidence.map { localizer(FeedbackText.evidence, ["words": Excerpt.of($0)]) } ?? ""
      notes.append(
        localizer(
          FeedbackText.noCredit,
          [
            "category": localizer.category(category),
            "criterion": localizer.sentenceMiddle(criterion.description), "evidence": evidence,
          ]))
    }
    return notes
  }

  private func describe(_ problem: FactProblem) -> String {
    let said = Excerpt.of(words.originalText(problem.range.lowerBound, problem.range.upperBound))
    let policy = problem.fact?.valueText.map { localizer(FeedbackText.policySays, ["value": $0]) }
    switch problem.kind {
    case .wrong:
      return localizer(
        FeedbackText.wrong,
        ["said": said, "policy": policy ?? localizer(FeedbackText.disagreesWithKnowledgeBase)])
    case .overpromise:
      let backing =
        policy.map { $0 + (problem.fact?.estimate == true ? localizer(FeedbackText.anEstimate) : "") }
        ?? localizer(FeedbackText.policyDoesNotBackIt)
      return localizer(FeedbackText.overpromises, ["said": said, "policy": backing])
    case .inventedCharge: return localizer(FeedbackText.inventsCharge, ["said": said])
    case .inventedEntitlement: return localizer(FeedbackText.inventsEntitlement, ["said": said])
    }
  }

  /// The words from the negator to the end of the phrase it negates, as the trainee wrote them.
  private func negatedWords(_ match: PhraseMatch) -> String {
    guard let negation = match.negation else { return words.originalText(match.start, match.end) }
    let start = min(negation.lowerBound, match.start)
    let end = max(negation.upperBound, match.end)
    return Excerpt.of(words.originalText(start, end))
  }

  private func fragmentNote(_ match: PhraseMatch) -> String {
    localizer(FeedbackText.fragment, ["words": words.originalText(match.start, match.end)])
  }

  /// Evidence from a phrase match.
  private func span(_ start: Int, _ end: Int) -> EvidenceSpan {
    let offsets = words.originalOffsets(start, end)
    return EvidenceSpan(
      text: words.originalText(start, end), start: offsets.lowerBound, end: offsets.upperBound)
  }

  /// Evidence from a pattern match, which runs on the normalised text itself.
  private func patternSpan(_ start: Int, _ end: Int) -> EvidenceSpan {
    let offsets = normalized.originalOffsets(start, end)
    return EvidenceSpan(
      text: normalized.originalText(start, end), start: offsets.lowerBound, end: offsets.upperBound)
  }
}
