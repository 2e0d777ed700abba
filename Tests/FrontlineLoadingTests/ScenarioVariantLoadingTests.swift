import Foundation
import Testing

@testable import FrontlineLoading

/// Variants are checked in the same run as the rest: their ids, the variables they set, their
/// customers, and every fact whose value they change.
@Suite struct ScenarioVariantLoadingTests {
  static let scenario = #"""
    {
      "format": 1, "id": "varied", "title": "A scenario with versions", "kind": "complaint", "difficulty": 1,
      "channel": "chat", "language": "en", "customer": {"name": "Dana Reyes", "mood": "angry"},
      "variables": {"order": "A1042", "amount": "$89"},
      "briefing": "Order {order} is late.",
      "knowledge": [{"topic": "Refunds", "keywords": ["refund"], "text": "Order {order}: {amount}.",
        "facts": [{"id": "order-total", "about": ["order", "paid"], "value": "{amount}"}]}],
      "rubrics": ["refund-basics"],
      "variants": [
        {"id": "kenji", "customer": {"name": "Kenji Sato", "mood": "annoyed"}, "variables": {"order": "B2217"}},
        {"id": "kenji", "variables": {"ordr": "C1"}},
        {"id": "main", "variables": {"amount": "eighty-nine"}},
        {"id": "same"}
      ],
      "steps": [
        {"id": "opening", "messages": "Where is my order {order}?",
         "exemplar": "I'm so sorry, {customer.givenName}. I've refunded it; it reaches you in 3-5 business days.",
         "next": [{"goto": "done"}]}
      ],
      "endings": [{"id": "done", "outcome": "resolved", "messages": "Thanks."}]
    }
    """#

  @Test func reportsEveryProblemOfAVariant() throws {
    let folder = try Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("varied.json").path
    try Self.scenario.write(toFile: path, atomically: true, encoding: .utf8)
    let result = LibraryLoader.load(paths: [path], contextPaths: Fixtures.libraryContent)
    let messages = result.diagnostics.map { "\($0.severity): \($0.message) (\($0.path))" }
    #expect(
      messages == [
        "error: a second variant with the id 'kenji' (variants[1].id)",
        "error: the variant sets 'ordr', which the scenario's 'variables' do not define, so no text uses it; "
          + "did you mean 'order'? (variants[1].variables.ordr)",
        "error: with this variant, fact 'order-total' is 'eighty-nine', which is not one quantity with a unit "
          + "(like 3-5 business days, $89, 2営業日) (variants[2])",
        "error: 'main' names the scenario as written; give the variant another id (variants[2].id)",
        "warning: the variant changes neither the customer nor any variable, so it is the scenario as written "
          + "(variants[3])",
      ], "\(messages)")
  }
}
