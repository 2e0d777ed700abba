import FrontlineModel

/// Compares the engine's grades with a person's, the way QA teams calibrate graders.
public struct Calibration: Sendable {
  /// A reply a person graded.
  public struct Label: Sendable {
    public var response: String
    public var route: String?
    public var passed: Bool?
    public var categories: [String: Double]
    /// The line it came from, for messages.
    public var line: Int

    public init(response: String, route: String?, passed: Bool?, categories: [String: Double], line: Int) {
      self.response = response
      self.route = route
      self.passed = passed
      self.categories = categories
      self.line = line
    }
  }

  /// One reply where the engine and the person differ.
  public struct Disagreement: Sendable {
    public var label: Label
    public var score: ReplyScore
    /// How far apart they are: a pass/fail disagreement outweighs any score difference.
    public var distance: Double
  }

  public var count: Int
  /// Replies with a pass/fail label.
  public var labelledVerdicts: Int
  public var verdictAgreements: Int
  /// Cohen's kappa on pass/fail, `nil` when no reply has a pass/fail label.
  public var kappa: Double?
  /// Mean absolute difference per category, over replies labelled in that category.
  public var meanAbsoluteDifference: [String: Double]
  /// The replies the engine and the person disagree on most, worst first.
  public var disagreements: [Disagreement]

  /// The share of pass/fail labels the engine agrees with, 0-1.
  public var agreement: Double? {
    labelledVerdicts == 0 ? nil : Double(verdictAgreements) / Double(labelledVerdicts)
  }

  /// Scores every label with `scorecard` and compares.
  public init(labels: [Label], scorecard: CompiledScorecard, worst: Int = 5) {
    let scores = labels.map { scorecard.score($0.response, route: $0.route) }
    count = labels.count
    var both = (yes: 0, no: 0)
    var engineYes = 0
    var humanYes = 0
    var judged = 0
    var differences: [String: [Double]] = [:]
    var disagreements: [Disagreement] = []
    for (label, score) in zip(labels, scores) {
      var distance = 0.0
      if let passed = label.passed {
        judged += 1
        if passed { humanYes += 1 }
        if score.passed { engineYes += 1 }
        if passed == score.passed {
          if passed { both.yes += 1 } else { both.no += 1 }
        } else {
          distance += 1000
        }
      }
      for (category, value) in label.categories {
        guard let engine = score.category(category) else { continue }
        differences[category, default: []].append(abs(engine - value))
        distance += abs(engine - value)
      }
      if distance > 0 { disagreements.append(Disagreement(label: label, score: score, distance: distance)) }
    }
    labelledVerdicts = judged
    verdictAgreements = both.yes + both.no
    if judged > 0 {
      let n = Double(judged)
      let observed = Double(both.yes + both.no) / n
      let chance =
        (Double(engineYes) / n) * (Double(humanYes) / n)
        + (Double(judged - engineYes) / n) * (Double(judged - humanYes) / n)
      kappa = chance >= 1 ? (observed >= 1 ? 1 : 0) : (observed - chance) / (1 - chance)
    } else {
      kappa = nil
    }
    meanAbsoluteDifference = differences.mapValues { $0.reduce(0, +) / Double($0.count) }
    self.disagreements = Array(disagreements.sorted { $0.distance > $1.distance }.prefix(worst))
  }
}
