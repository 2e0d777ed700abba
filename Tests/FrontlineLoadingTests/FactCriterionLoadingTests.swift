import Foundation
import Testing

@testable import FrontlineLoading

/// A `fact` criterion is met by stating the fact's value: one naming a fact with no value (`free`,
/// `notOffered`) could never be met, and validate says so where it is written.
@Suite struct FactCriterionLoadingTests {
  static let scenario = #"""
    {
      "format": 1, "id": "free-delivery", "title": "Free delivery", "kind": "inquiry", "difficulty": 1,
      "channel": "chat", "language": "en", "customer": {"name": "Dana Reyes", "mood": "neutral"},
      "briefing": "Dana asks about delivery.",
      "knowledge": [{"topic": "Delivery", "keywords": ["delivery"], "text": "Delivery is free.",
        "facts": [{"id": "delivery-free", "about": ["delivery"], "free": true}]}],
      "rubrics": [],
      "steps": [
        {"id": "opening", "messages": "Is delivery free?",
         "exemplar": "Yes, Dana: delivery is free.",
         "criteria": [
           {"id": "says-free", "category": "accuracy", "description": "Says delivery is free",
            "tip": "Say it is free.", "fact": "delivery-free"},
           {"id": "says-yes", "category": "accuracy", "description": "Answers yes", "tip": "Say yes.",
            "any": ["yes"]}
         ],
         "next": [{"goto": "done"}]}
      ],
      "endings": [{"id": "done", "outcome": "resolved", "messages": "Thanks."}]
    }
    """#

  @Test func aFactCriterionOnAFactWithNoValueIsAnError() throws {
    let folder = try Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("free-delivery.json").path
    try Self.scenario.write(toFile: path, atomically: true, encoding: .utf8)
    let result = LibraryLoader.load(paths: [path], contextPaths: Fixtures.libraryContent)
    let errors = result.diagnostics.filter { $0.severity == .error }
    #expect(errors.count == 1, "\(result.diagnostics.map(\.formatted))")
    #expect(
      errors.first?.message.hasPrefix(
        "criterion 'says-free' checks fact 'delivery-free', which has no value to state ('free' or "
          + "'notOffered'), so it could never be met") == true)
    #expect(errors.first?.path.description == "steps[0].criteria[0].fact")
  }
}
