import FrontlineModel

/// Where a trainee stands on the ladder and what stands between them and the next rung.
public struct LadderStanding: Sendable, Codable, Equatable {
  public var trainee: String
  /// The current level's id.
  public var level: String
  public var levelTitle: String
  /// The next level's id, `nil` at the top.
  public var nextLevel: String?
  public var nextLevelTitle: String?
  /// The next level's requirements are met and it waits for a team leader's approval.
  public var pendingApproval: Bool
  /// The next level's requirements, each with progress.
  public var requirements: [RequirementProgress]
  /// Levels reached automatically that have no promotion record yet; the caller records them.
  public var unrecordedLevels: [String]

  @usableFromInline
  init(
    trainee: String, level: String, levelTitle: String, nextLevel: String?, nextLevelTitle: String?,
    pendingApproval: Bool, requirements: [RequirementProgress], unrecordedLevels: [String]
  ) {
    self.trainee = trainee
    self.level = level
    self.levelTitle = levelTitle
    self.nextLevel = nextLevel
    self.nextLevelTitle = nextLevelTitle
    self.pendingApproval = pendingApproval
    self.requirements = requirements
    self.unrecordedLevels = unrecordedLevels
  }
}

/// One requirement of a level, with how far the trainee has got.
public struct RequirementProgress: Sendable, Codable, Equatable {
  /// In plain words: "Pass 3 complaint scenarios at difficulty 2 or higher".
  public var description: String
  /// Where the trainee is: a count of passes, or an average (0-100).
  public var current: Double
  /// What it takes.
  public var target: Double
  public var met: Bool
  /// How progress reads to a person: "2 of 3", "72.4 of 75 (over 10 attempts)".
  public var progress: String
  /// For a passed requirement, the scenarios passed that count towards it, in the order first passed.
  public var scenarios: [String]

  @usableFromInline
  init(
    description: String, current: Double, target: Double, met: Bool, progress: String,
    scenarios: [String] = []
  ) {
    self.description = description
    self.current = current
    self.target = target
    self.met = met
    self.progress = progress
    self.scenarios = scenarios
  }
}
