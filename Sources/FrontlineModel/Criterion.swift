/// One line of a scorecard: what a good reply does, how many points it is worth, and how to improve
/// when it is missed.
public struct Criterion: Sendable, Equatable {
  public var id: String
  /// The category the points count towards, e.g. `empathy`.
  public var category: String
  public var description: String
  public var points: Double
  /// Coaching shown when the criterion is missed.
  public var tip: String?
  /// Missing a critical criterion fails the reply whatever else it scored.
  public var critical: Bool
  /// Whether negated phrases ("I'm not sorry") are ignored; `true` unless the author opts out.
  public var negation: Bool
  /// When the criterion applies; otherwise it is N/A and left out of the score.
  public var appliesWhen: Applicability?
  /// Share of the points a transfer to an acceptable alternative earns (route checks), 0-100.
  public var partialCredit: Double
  /// The check itself.
  public var check: Check
  /// Only negated occurrences of the phrases count ("not in any way sorry" for a refused apology).
  public var negated: Bool
  /// The category whose credit the reply loses when this criterion is missed: an insincere or
  /// sarcastic apology earns no empathy at all.
  public var voids: String?
  /// A rubric's own tone criterion: it fails too when the house rubric finds an insincere tone.
  public var tone: Bool
  /// Where the criterion is defined: its rubric's id, or `scenario-id/step-id` for a step's own
  /// criteria (ids never contain `/`). Criteria of different rubrics may share an id, so reports tell
  /// them apart by this and the id together. `nil` for a criterion made in code.
  public var rubric: String?
  /// The description and tip in other languages, by language tag, for a criterion shared by
  /// scenarios in several languages (the house rules); ``description`` and ``tip`` are the text
  /// for any other language.
  public var translations: [String: Translation] = [:]

  /// A criterion's words in one language.
  public struct Translation: Sendable, Equatable {
    public var description: String?
    public var tip: String?

    public init(description: String? = nil, tip: String? = nil) {
      self.description = description
      self.tip = tip
    }
  }

  /// This criterion as a scenario in `language` shows it: its description and tip in that
  /// language where it has them.
  public func inLanguage(_ language: String) -> Criterion {
    guard let translation = translations[language] else { return self }
    var criterion = self
    criterion.description = translation.description ?? description
    criterion.tip = translation.tip ?? tip
    return criterion
  }

  public init(
    id: String, category: String, description: String, points: Double = 10, tip: String? = nil,
    critical: Bool = false, negation: Bool = true, appliesWhen: Applicability? = nil,
    partialCredit: Double = 50, check: Check, negated: Bool = false, voids: String? = nil, tone: Bool = false,
    rubric: String? = nil
  ) {
    self.id = id
    self.category = category
    self.description = description
    self.points = points
    self.tip = tip
    self.critical = critical
    self.negation = negation
    self.appliesWhen = appliesWhen
    self.partialCredit = partialCredit
    self.check = check
    self.negated = negated
    self.voids = voids
    self.tone = tone
    self.rubric = rubric
  }
}

/// When a criterion applies. Every field that is set must hold.
public struct Applicability: Sendable, Equatable {
  /// The trainee transferred the customer (or did not).
  public var transferred: Bool?
  /// The step expects a transfer (or expects the trainee to resolve it).
  public var expectsTransfer: Bool?
  /// The scenario is on one of these channels.
  public var channels: [Channel]?
  /// The customer's mood when the reply is given is at most this (`angry`: angry or furious).
  public var moodAtMost: Mood?

  public init(
    transferred: Bool? = nil, expectsTransfer: Bool? = nil, channels: [Channel]? = nil,
    moodAtMost: Mood? = nil
  ) {
    self.transferred = transferred
    self.expectsTransfer = expectsTransfer
    self.channels = channels
    self.moodAtMost = moodAtMost
  }
}
