/// The explained score of one reply: overall and per category, pass or fail, and for every criterion
/// whether it was met, the evidence, the points and the coaching tip.
public struct ReplyScore: Sendable, Codable, Equatable {
  public var scenario: String?
  public var step: String?
  /// The overall score, 0-100.
  public var score: Double
  public var passed: Bool
  public var passMark: Double
  /// Category name to score (0-100), `nil` when nothing in it applied.
  public var categories: [String: Double?]
  /// The category names in scorecard order, for display.
  public var categoryOrder: [String]
  /// Ids of critical criteria that failed.
  public var criticalFailures: [String]
  public var criteria: [CriterionResult]
  /// The transfer taken, if any.
  public var route: String?
  /// Remarks on the scoring itself (a long reply cut, a time limit exceeded).
  public var notes: [String]
  /// Categories that earned nothing because of an insincere tone (`empathy` for a mock apology); `nil`
  /// when none (and in results stored before this was recorded).
  public var voided: [String]? = nil
  /// Each category's weight in the overall score, when one is not 1 (`nil`: all weigh the same, and in
  /// results stored before this was recorded).
  public var weights: [String: Double]? = nil
  /// Points taken off the overall score for a late reply; `nil` when none.
  public var penalty: Double? = nil

  /// Whether the reply's tone was found insincere (sarcasm, a mock apology): the customer takes it badly.
  public var isInsincere: Bool { !(voided ?? []).isEmpty }

  /// Score of a category, `nil` when N/A or unknown.
  public func category(_ name: String) -> Double? { categories[name] ?? nil }
}

/// How one criterion judged a reply.
public struct CriterionResult: Sendable, Codable, Equatable {
  public var id: String
  /// Where the criterion is defined (`Criterion.rubric`): with `id`, what tells it apart from a
  /// criterion of another rubric with the same id. `nil` in results stored before it was recorded.
  public var rubric: String? = nil
  public var category: String
  public var description: String
  /// Whether the criterion was met; `false` also for partial credit.
  public var met: Bool
  /// `false` when the criterion did not apply (N/A) and was left out of the score.
  public var applicable: Bool
  /// Points earned.
  public var points: Double
  /// Points available.
  public var possible: Double
  public var critical: Bool
  /// The reply's own words that decided the result: what matched for a met criterion, what broke a
  /// forbidden list or was negated for a missed one.
  public var evidence: String?
  /// Every span of evidence with its character offsets in the reply.
  public var spans: [EvidenceSpan]
  /// The coaching tip, when the criterion was missed.
  public var tip: String?
  /// Why, in a few words, when it is not obvious (negated phrase, partial credit, N/A).
  public var note: String?
}

extension CriterionResult {
  /// Whether feedback shows it: everything that applied, except a house rule worth no points that was
  /// kept (a security or sincerity rule matters only when broken).
  public var isShown: Bool { applicable && (possible > 0 || !met) }
}

/// A piece of the reply that served as evidence.
public struct EvidenceSpan: Sendable, Codable, Equatable {
  public var text: String
  /// Character offsets (Unicode scalars) in the original reply.
  public var start: Int
  public var end: Int
}

/// The verdict on a reply without its explanation: what reports and batch scoring need.
public struct ReplyVerdict: Sendable, Codable, Equatable {
  /// The overall score, 0-100.
  public var score: Double
  public var passed: Bool
  /// Category name to score (0-100), `nil` when nothing in it applied.
  public var categories: [String: Double?]
  /// Ids of critical criteria that failed.
  public var criticalFailures: [String]
  /// Categories that earned nothing because of an insincere tone.
  public var voided: [String] = []
  /// Points taken off the overall score for a late reply.
  public var penalty: Double = 0
}
