import Foundation
import FrontlineModel

/// Judges what a reply states about a scenario's declared facts. A quantity is judged only in a
/// sentence that names one of the facts it could be about; it is right when it agrees with any of
/// them, so numbers about other things (how long the customer waited, an order number) are never
/// punished.
struct FactJudge {
  let reading: ReplyReading
  let mentions: [QuantityParser.Mention]
  /// The figures the knowledge base states (``ScoringContext/policyFigures``).
  let policyFigures: [PolicyFigure]
  /// The figures of the customer's situation (``ScoringContext/situationFigures``).
  let situationFigures: [Quantity]
  /// What can be worked out from the scenario's figures (``WorkedFigures``).
  let workedFigures: WorkedFigures
  let groupOf: (PhraseMatch) -> Int

  /// Everything wrong the reply states about `facts`. `matches` are the check's phrase matches: its
  /// lexicon and each fact's cues and not-offered phrases.
  func problems(_ facts: [FactPlan], matches: [PhraseMatch]) -> [FactProblem] {
    var problems: [FactProblem] = []
    let sentences = reading.statements
    func sentence(of position: Int) -> Range<Int>? { sentences.first { $0.contains(position) } }
    func inSentence(_ group: Int, _ range: Range<Int>, negatedToo: Bool = true) -> [PhraseMatch] {
      matches.filter {
        groupOf($0) == group && range.contains($0.start) && (negatedToo || $0.negation == nil)
      }
    }
    for mention in mentions {
      // A zero amount ("手数料は0円", "$0") says there is no charge, which the free facts judge.
      if case .money = mention.quantity.dimension, mention.quantity.high == 0 { continue }
      guard let range = sentence(of: mention.range.lowerBound), !isAboutThePast(mention),
        reading.negation(start: mention.range.lowerBound, end: mention.range.upperBound, unspaced: false)
          == nil
      else { continue }
      // A value the scenario declares anywhere is about that fact: never punished as a wrong one.
      if declares(facts, mention, asBound: false) { continue }
      // Nor is a figure of the customer's own situation given back to them: "your flight in eight days".
      if !mention.quantity.relative,
        situationFigures.contains(where: {
          mention.quantity.agrees(with: $0) && $0.agrees(with: mention.quantity)
        })
      {
        continue
      }
      let cued = facts.filter { plan in
        guard let value = plan.fact.value, mention.quantity.dimension.isComparable(to: value.dimension) else {
          return false
        }
        return !inSentence(plan.cues, range).isEmpty
      }
      guard !cued.isEmpty else { continue }
      let clause = reading.englishClause(of: mention.range.lowerBound)
      // A figure that qualifies another declared figure of its own clause is about what that clause
      // names: "$1.79 a minute for calls, and about 150 MB of maps in a day can cost $300" gives the
      // maps' day, not the calls' minutes.
      if let clause,
        mentions.contains(where: { other in
          other.range != mention.range && clause.contains(other.range.lowerBound) && declares(facts, other)
        })
      {
        let named = Set(matches.filter { clause.contains($0.start) }.map(groupOf))
        if !cued.contains(where: { named.contains($0.cues) }),
          facts.contains(where: { named.contains($0.cues) })
        {
          continue
        }
      }
      // Nor is a figure the knowledge base states about the same thing: policy repeated. ("Today" is
      // not: which event it dates is the question.)
      if !mention.quantity.relative,
        policyFigures.contains(where: {
          $0.isRepeated(
            by: mention.quantity, about: cued.map(\.fact),
            beside: mentions.filter { $0.range != mention.range && range.contains($0.range.lowerBound) }.map(
              \.quantity))
        })
      {
        continue
      }
      // A sentence that states its facts right, in other units, has its other figures about other
      // things: "two months, sixty days"; "$199 for three years, with a 30-day wait". In the same unit
      // it does not: "$19,800 less a $500 fee, $19,300" works a wrong figure out from a right one.
      let statedRight =
        !mention.quantity.relative
        && cued.allSatisfy { plan in
          mentions.contains { other in
            other.range != mention.range && range.contains(other.range.lowerBound)
              && other.quantity.agrees(with: plan.fact.value!) && unit(of: other) != unit(of: mention)
          }
        }
      if statedRight { continue }
      // A relative time dates what its own clause says arrives: in "it reaches you in 3-5 business days,
      // and you'll get an email straight away", the email.
      if mention.quantity.relative,
        inSentence(FactGroup.arrivals, clause ?? range, negatedToo: false).isEmpty
      {
        continue
      }
      // "明日の営業時間中（1営業日以内）に", "tomorrow (within one business day)": a relative time glossed
      // by a declared figure right beside it says what the figure says.
      if mention.quantity.relative,
        mentions.contains(where: { other in
          !other.quantity.relative && abs(other.range.lowerBound - mention.range.upperBound) <= 12
            && facts.contains { $0.fact.value.map { other.quantity.agrees(with: $0) } ?? false }
        })
      {
        continue
      }
      if cued.contains(where: { agrees(mention, $0.fact.value!) }) { continue }
      // Arithmetic on right figures, looked for last: it compares pairs of the reply's figures.
      if workedFigures.isWorkedOut(
        mention.quantity, from: mentions.filter { $0.range != mention.range }.map(\.quantity))
      {
        continue
      }
      let nearest = cued.min {
        distance(mention, $0, range, matches) < distance(mention, $1, range, matches)
      }!
      let sooner = mention.quantity.relative || mention.quantity.isSooner(than: nearest.fact.value!)
      problems.append(
        FactProblem(kind: sooner ? .overpromise : .wrong, range: mention.range, fact: nearest.fact))
    }
    // A gift the knowledge base never mentions, offered: "I've added a free month", "お詫びのしるしとして
    // クーポンをお送りいたします".
    for gift in matches where groupOf(gift) == FactGroup.goodwill && gift.negation == nil {
      guard let range = sentence(of: gift.start),
        !inSentence(FactGroup.offers, range, negatedToo: false).isEmpty
      else { continue }
      problems.append(FactProblem(kind: .inventedEntitlement, range: gift.start..<gift.end, fact: nil))
    }
    // A guarantee of money, a time or a lasting fix that others decide or that has yet to happen: "I
    // can guarantee the payment will go through", 「必ず全額返金されます」.
    for promise in matches where groupOf(promise) == FactGroup.guarantees && promise.negation == nil {
      guard let range = sentence(of: promise.start),
        mentions.contains(where: { range.contains($0.range.lowerBound) }) || reading.concernsStakes(range),
        reading.guaranteesOutcome(start: promise.start, end: promise.end),
        !reading.isHypothetical(start: promise.start, end: promise.end)
      else { continue }
      problems.append(FactProblem(kind: .overpromise, range: promise.start..<promise.end, fact: nil))
    }
    for plan in facts {
      for offer in matches where groupOf(offer) == plan.notOffered && offer.negation == nil {
        guard let range = sentence(of: offer.start),
          !inSentence(FactGroup.offers, range, negatedToo: false).isEmpty
        else { continue }
        problems.append(
          FactProblem(kind: .inventedEntitlement, range: offer.start..<offer.end, fact: plan.fact))
      }
      guard plan.fact.estimate || plan.fact.free else { continue }
      for cue in matches where groupOf(cue) == plan.cues {
        guard let range = sentence(of: cue.start) else { continue }
        if plan.fact.estimate, let promise = inSentence(FactGroup.guarantees, range, negatedToo: false).first,
          guaranteesTheEstimate(
            promise, of: plan.fact, in: range,
            arriving: !inSentence(FactGroup.arrivals, range, negatedToo: false).isEmpty)
        {
          problems.append(
            FactProblem(kind: .overpromise, range: promise.start..<promise.end, fact: plan.fact))
        }
        if plan.fact.free, inSentence(FactGroup.frees, range).isEmpty, !statesNoCharge(in: range),
          let charge = inSentence(FactGroup.charges, range, negatedToo: false).first
        {
          problems.append(
            FactProblem(kind: .inventedCharge, range: charge.start..<charge.end, fact: plan.fact))
        }
      }
    }
    var seen: Set<Int> = []
    return problems.filter { seen.insert($0.range.lowerBound).inserted }
  }

  /// Whether a guarantee word in a sentence about an estimate is about the estimate: the sentence states a
  /// quantity of the estimate's kind (a price for a price), and the guarantee is not a quantity's own (a
  /// "90-day guarantee" on a repair guarantees the repair for 90 days, not its estimated price).
  private func guaranteesTheEstimate(
    _ promise: PhraseMatch, of fact: Fact, in range: Range<Int>, arriving: Bool
  ) -> Bool {
    guard let value = fact.value else { return false }
    let stated = mentions.filter { range.contains($0.range.lowerBound) }
    // A time estimate is over-promised by a guarantee that it arrives ("必ず翌営業日に入金されます"),
    // with or without a figure.
    let arrives = value.dimension == .duration && arriving
    guard arrives || stated.contains(where: { $0.quantity.dimension.isComparable(to: value.dimension) })
    else {
      return false
    }
    let text = reading.text.scalars
    return !stated.contains { mention in
      guard !mention.quantity.dimension.isComparable(to: value.dimension) else { return false }
      // The quantity stands right before the guarantee ("90-day guarantee") or right after it
      // ("guaranteed for 90 days", "保証期間は90日").
      let gapBefore = text[min(mention.range.upperBound, promise.start)..<promise.start]
      let gapAfter = text[min(promise.end, mention.range.lowerBound)..<mention.range.lowerBound]
      return (mention.range.upperBound <= promise.start && gapBefore.count <= 2)
        || (mention.range.lowerBound >= promise.end && gapAfter.count <= 8)
    }
  }

  /// Where the reply states `plan`'s fact correctly, if it does (outside a list of keywords): its value
  /// in a sentence about it, or a value no other declared fact has.
  func statement(of plan: FactPlan, matches: [PhraseMatch], others: [Fact]) -> Range<Int>? {
    guard let value = plan.fact.value else { return nil }
    let shared = others.contains {
      $0.id != plan.fact.id && $0.value.map { $0.agrees(with: value) && value.agrees(with: $0) } ?? false
    }
    for mention in mentions where agrees(mention, value) && !mention.quantity.relative {
      guard !reading.isInFragment(mention.range.lowerBound),
        let statement = reading.statements.first(where: { $0.contains(mention.range.lowerBound) })
      else { continue }
      if !shared || matches.contains(where: { groupOf($0) == plan.cues && statement.contains($0.start) }) {
        return mention.range
      }
    }
    return nil
  }

  /// Whether a sentence gives an amount of zero: "変更の手数料は0円です", "that's $0".
  private func statesNoCharge(in range: Range<Int>) -> Bool {
    mentions.contains { mention in
      guard case .money = mention.quantity.dimension else { return false }
      return mention.quantity.high == 0 && range.contains(mention.range.lowerBound)
    }
  }

  /// "It's been 12 business days", "waited 9 days", "12 days ago", "ten months left": a quantity about
  /// what happened, or one worked out from the facts.
  private func isAboutThePast(_ mention: QuantityParser.Mention) -> Bool {
    if reading.japanese != nil {
      let (before, after) = surroundings(of: mention, scalars: 4)
      return Self.japaneseDerived.contains { before.contains($0) || after.contains($0) }
    }
    let words = reading.english.words
    let first = reading.english.firstWord(atOrAfter: mention.range.lowerBound)
    for index in max(0, first - 4)..<first where index < words.count {
      if Self.pastBefore.contains(words[index].key) { return true }
    }
    let after = reading.english.firstWord(atOrAfter: mention.range.upperBound)
    if after < words.count, Self.pastAfter.contains(words[after].key) { return true }
    return false
  }

  /// The text just before and just after a mention, up to `count` scalars each way.
  private func surroundings(of mention: QuantityParser.Mention, scalars count: Int) -> (String, String) {
    let text = reading.text.scalars
    let before = text[max(0, mention.range.lowerBound - count)..<mention.range.lowerBound]
    let after = text[mention.range.upperBound..<min(text.count, mention.range.upperBound + count)]
    return (String(String.UnicodeScalarView(before)), String(String.UnicodeScalarView(after)))
  }

  private static let pastBefore: Set<String> = [
    "been", "waited", "waiting", "past", "since", "already", "ago", "another", "remaining", "nearly",
    "almost",
  ]
  private static let pastAfter: Set<String> = [
    "ago", "late", "overdue", "behind", "past", "left", "remaining", "after", "before", "earlier", "later",
    "old",
  ]
  private static let japaneseDerived = ["前", "残り", "空き", "差し引", "経", "遅れ", "ほど空", "約"]

  /// Whether `mention` agrees with `value`, as said: a figure given as an approximation ("約18GB",
  /// "about 11 GB", "6千円ほど") agrees with the value rounded (18.2GB, 11.4 GB, 5,980円), and one
  /// given as a lower bound ("more than an hour", "at least 3 days", "4台以上") with any value at or
  /// above it.
  /// `asBound: false` reads a lower bound as the figure it names, for whether the scenario declares that
  /// figure at all.
  private func agrees(_ mention: QuantityParser.Mention, _ value: Quantity, asBound: Bool = true) -> Bool {
    if mention.quantity.agrees(with: value) { return true }
    if asBound, isLowerBound(mention), mention.quantity.agreesAsLowerBound(with: value) { return true }
    guard isApproximate(mention), mention.quantity.low == mention.quantity.high, value.low == value.high,
      value.high > 0
    else { return false }
    let magnitude = pow(10, floor(log10(value.high)))
    let roundings =
      [value.high.rounded(), (value.high / magnitude).rounded() * magnitude]
      + [((value.high * 10 / magnitude).rounded() * magnitude / 10)]
    return roundings.contains { rounded in
      var said = value
      said.low = rounded
      said.high = rounded
      return mention.quantity.agrees(with: said)
    }
  }

  private func isApproximate(_ mention: QuantityParser.Mention) -> Bool {
    if reading.japanese != nil {
      let (before, after) = surroundings(of: mention, scalars: 3)
      return Self.japaneseAbout.contains { before.hasSuffix($0) }
        || Self.japaneseAboutAfter.contains { after.hasPrefix($0) }
    }
    let first = reading.english.firstWord(atOrAfter: mention.range.lowerBound)
    return first > 0 && Self.about.contains(reading.english.words[first - 1].key)
  }

  /// Whether `mention` agrees with the value of any of `facts`: a figure the scenario declares.
  private func declares(_ facts: [FactPlan], _ mention: QuantityParser.Mention, asBound: Bool = true) -> Bool
  {
    facts.contains { $0.fact.value.map { agrees(mention, $0, asBound: asBound) } ?? false }
  }

  /// Whether a figure is said as the least it is: "more than an hour", "over $300", "at least 3 days",
  /// 「4台以上」「5千円を超える」.
  private func isLowerBound(_ mention: QuantityParser.Mention) -> Bool {
    if reading.japanese != nil {
      let (_, after) = surroundings(of: mention, scalars: 3)
      return Self.japaneseAtLeast.contains { after.hasPrefix($0) }
    }
    let words = reading.english.words
    let first = reading.english.firstWord(atOrAfter: mention.range.lowerBound)
    guard first > 0 else { return false }
    let before = words[first - 1].key
    if Self.atLeast.contains(before) { return true }
    guard first > 1 else { return false }
    let pair = (words[first - 2].key, before)
    return (pair.1 == "than" && Self.comparativesAbove.contains(pair.0)) || pair == ("at", "least")
      || pair == ("upwards", "of") || pair == ("excess", "of")
  }

  private static let atLeast: Set<String> = ["over", "beyond", "exceeding", "minimum"]
  private static let comparativesAbove: Set<String> = [
    "more", "longer", "greater", "later", "bigger", "larger",
  ]
  private static let japaneseAtLeast = ["以上", "超", "を超", "より多", "より長"]

  private static let about: Set<String> = ["about", "around", "roughly", "approximately", "approx"]
  private static let japaneseAbout = ["約", "およそ", "ほぼ", "概ね", "だいたい"]
  private static let japaneseAboutAfter = ["ほど", "くらい", "ぐらい", "程度", "前後"]

  /// The unit a mention is said in: its last word less digits and marks ("days", "円", "$"), with
  /// whether it counts business days and what it is per.
  private func unit(of mention: QuantityParser.Mention) -> String {
    let text = String(String.UnicodeScalarView(reading.text.scalars[mention.range]))
    let word = text.split(whereSeparator: { $0 == " " }).last.map(String.init) ?? text
    let letters = word.unicodeScalars.filter {
      !CharacterSet.decimalDigits.contains($0) && !CharacterSet.punctuationCharacters.contains($0)
    }
    return String(String.UnicodeScalarView(letters)) + (mention.quantity.businessDays ? "/business" : "")
      + (mention.quantity.per.map { "/" + $0 } ?? "")
  }

  private func distance(
    _ mention: QuantityParser.Mention, _ plan: FactPlan, _ range: Range<Int>, _ matches: [PhraseMatch]
  ) -> Int {
    matches.filter { groupOf($0) == plan.cues && range.contains($0.start) }
      .map { abs($0.start - mention.range.lowerBound) }.min() ?? Int.max
  }
}
