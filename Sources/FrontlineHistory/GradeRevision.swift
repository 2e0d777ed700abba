import Foundation
import FrontlineModel

/// One grade a finished attempt has had: the original (revision 0), or one a review put in force.
/// Reviews never overwrite: the grade in force is the latest overriding review's overrides applied
/// to the original, so each revision is worked out from the original.
public struct GradeRevision: Sendable, Equatable {
  /// 0 for the original, then 1, 2, … for each review that changed the grade in force.
  public var number: Int
  public var grade: Grade
  /// When it came into force: when the attempt finished, or when the review was recorded.
  public var since: Date
  /// The team leader whose review made it; `nil` for the original.
  public var reviewer: String?

  public init(number: Int, grade: Grade, since: Date, reviewer: String?) {
    self.number = number
    self.grade = grade
    self.since = since
    self.reviewer = reviewer
  }
}

extension AttemptRecord {
  /// The grades this finished attempt has had, oldest first; the last is the one in force.
  /// `reviews` are this attempt's, oldest first. A review that changes nothing (one that accepts the
  /// grade, or one that overrides to the grade already in force) makes no revision.
  public func gradeRevisions(reviews: [ReviewRecord]) -> [GradeRevision] {
    let original = Grade(score: originalScore, passed: originalPassed, categories: originalCategories)
    var revisions = [GradeRevision(number: 0, grade: original, since: finishedAt ?? startedAt, reviewer: nil)]
    for review in reviews where review.attempt == id && review.overrides {
      let grade = review.resultOverride.applied(to: original)
      guard grade != revisions[revisions.count - 1].grade else { continue }
      revisions.append(
        GradeRevision(
          number: revisions.count, grade: grade, since: review.recordedAt, reviewer: review.reviewer))
    }
    return revisions
  }
}

extension ReviewRecord {
  /// The review's overrides, as the stores apply them.
  public var resultOverride: ResultOverride {
    ResultOverride(
      categories: categoryOverrides, passed: passedOverride, score: effectiveScore, verdict: effectiveVerdict)
  }
}
