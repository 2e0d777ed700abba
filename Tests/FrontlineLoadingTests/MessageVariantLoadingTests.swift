import Foundation
import Testing

@testable import FrontlineLoading

/// Message variants are checked with the rest: their criteria against every step's scorecard, their
/// routes against the departments, and a variant that could never be said is pointed out.
@Suite struct MessageVariantLoadingTests {
  static let scenario = #"""
    {
      "format": 1, "id": "listening", "title": "A customer who listens", "kind": "complaint", "difficulty": 1,
      "channel": "chat", "language": "en", "customer": {"name": "Dana Reyes", "mood": "angry"},
      "briefing": "Dana's order is late.", "rubrics": ["refund-basics"],
      "steps": [
        {"id": "opening", "messages": "Where is my order?",
         "messageVariants": [{"met": ["apologises"], "messages": "You already said sorry?"}],
         "exemplar": "I'm so sorry, Dana. I've refunded it; it reaches you in 3-5 business days.",
         "next": [{"goto": "follow-up"}]},
        {"id": "follow-up", "messages": "And when do I get my money?",
         "messageVariants": [
           {"met": ["apologises", "states-refund"], "route": "billing", "messages": "Thanks. When exactly?"},
           {"met": ["apologizes"], "messages": "Hm."},
           {"route": "biling", "messages": "Hm."},
           {"messages": "Always."}
         ],
         "exemplar": "I'm so sorry, Dana. I've refunded it; it reaches you in 3-5 business days.",
         "next": [{"goto": "done"}]}
      ],
      "endings": [{"id": "done", "outcome": "resolved", "messages": "Thanks."}]
    }
    """#

  @Test func reportsEveryProblemOfAVariant() throws {
    let folder = try Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("listening.json").path
    try Self.scenario.write(toFile: path, atomically: true, encoding: .utf8)
    let result = LibraryLoader.load(paths: [path], contextPaths: Fixtures.libraryContent)
    let messages = result.diagnostics.map { "\($0.severity): \($0.message) (\($0.path))" }
    #expect(
      messages == [
        "warning: the first step has no earlier turns, so a variant that asks about them ('met', 'missed', "
          + "'route') is never said (steps[0].messageVariants[0])",
        "error: unknown criterion 'apologizes' in any step's scorecard of this scenario; did you mean "
          + "'apologises'? (steps[1].messageVariants[1].met[0])",
        "error: unknown department 'biling'; did you mean 'billing'? (steps[1].messageVariants[2].route)",
        "warning: a message variant without a condition is always said; put its messages in 'messages' "
          + "(steps[1].messageVariants[3])",
      ], "\(messages)")
  }
}
