import FrontlineModel
import Testing

@Suite struct GradeTests {
  @Test func theMeanIsRoundedToOneDecimal() {
    #expect(Mean.rounded([50, 75, 75]) == 66.7)
    #expect(Mean.rounded([80, 70]) == 75)
    #expect(Mean.rounded([Double]()) == nil)
    #expect(Mean.rounded([72.45, 72.45].prefix(1)) == 72.5)
  }

  @Test func anOverrideReplacesCategoriesAndTakesTheScoreWorkedOutForIt() {
    let original = Grade(
      score: 60, passed: false, categories: ["empathy": 40, "accuracy": 80, "routing": nil])
    // The score and verdict come from the attempt's own formula, worked out when the review was made.
    let override = ResultOverride(categories: ["empathy": 90], score: 72.5, verdict: true)
    let effective = override.applied(to: original)
    let expected: [String: Double?] = ["empathy": 90, "accuracy": 80, "routing": nil]
    #expect(effective.categories == expected)
    #expect(effective.score == 72.5)
    #expect(effective.passed == true)
    // A verdict given by the reviewer wins over the one the score gives.
    let overruled = ResultOverride(categories: ["empathy": 90], passed: false, score: 72.5, verdict: true)
    #expect(overruled.applied(to: original).passed == false)
    // A verdict alone leaves the scores as they were.
    let verdict = ResultOverride(passed: true).applied(to: original)
    #expect(verdict.score == 60 && verdict.categories == original.categories && verdict.passed == true)
    #expect(ResultOverride().isEmpty && !override.isEmpty)
  }

  @Test func categoriesPutTheStandardOnesFirst() {
    let rubric = Rubric(
      id: "r", title: "R",
      categories: [Category(name: "tone", weight: 1), Category(name: "accuracy", weight: 1)], criteria: [])
    #expect(Library(rubrics: [rubric]).categories == ["empathy", "accuracy", "routing", "tone"])
  }
}
