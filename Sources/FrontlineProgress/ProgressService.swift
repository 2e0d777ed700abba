import FrontlineHistory
import FrontlineModel
import FrontlineText

/// Evaluates a trainee's ladder standing and records levels reached automatically, so that they are
/// kept as events whatever later happens to the ladder file.
public struct ProgressService {
  let store: any ProgressStore
  let ladder: Ladder
  /// The words requirements and titles are given in.
  let localizer: Localizer

  public init(store: any ProgressStore, ladder: Ladder, localizer: Localizer) {
    self.store = store
    self.ladder = ladder
    self.localizer = localizer
  }

  /// The standing, with levels reached automatically recorded as promotions.
  public func standing(of trainee: String, attempts: [AttemptRecord]) throws -> LadderStanding {
    let promotions = try store.promotions(trainee: trainee)
    var standing = LadderEvaluator.standing(
      trainee: trainee, ladder: ladder, attempts: attempts, promotions: promotions, localizer: localizer)
    for level in standing.unrecordedLevels {
      try store.recordPromotion(
        PromotionRecord(trainee: trainee, level: level, reason: "requirements met"))
    }
    standing.unrecordedLevels = []
    return standing
  }
}
