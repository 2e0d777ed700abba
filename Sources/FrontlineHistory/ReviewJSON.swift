import Foundation
import FrontlineModel

/// The `overrides` column: `{"categories": {"empathy": 80}, "passed": true}`.
package enum ReviewJSON {
  package static func encode(_ review: ReviewRecord) throws -> String {
    guard review.overrides else { return "{}" }
    return try JSONCoding.string(
      ResultOverride(
        categories: review.categoryOverrides, passed: review.passedOverride, score: review.effectiveScore,
        verdict: review.effectiveVerdict))
  }

  /// The override a review's column holds; `nil` for `{}` or anything unreadable.
  package static func decode(_ text: String) -> ResultOverride? {
    try? JSONDecoder().decode(ResultOverride.self, from: Data(text.utf8))
  }
}
