import FrontlineModel
import Testing

@Suite struct MoodTests {
  @Test func shiftsAlongTheScaleAndClampsAtTheEnds() {
    #expect(Mood.angry.shifted(by: 1) == .annoyed)
    #expect(Mood.angry.shifted(by: -1) == .furious)
    #expect(Mood.angry.shifted(by: -3) == .furious)
    #expect(Mood.satisfied.shifted(by: 4) == .delighted)
    #expect(Mood.neutral.shifted(by: 0) == .neutral)
  }

  @Test func readsAuthoredNames() {
    #expect(Mood(name: "furious") == .furious)
    #expect(Mood(name: "livid") == nil)
    #expect(
      Mood.allCases.map(\.name) == ["furious", "angry", "annoyed", "neutral", "satisfied", "delighted"])
    #expect(Mood.furious < Mood.neutral)
  }
}
