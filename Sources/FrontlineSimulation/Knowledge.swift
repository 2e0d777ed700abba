import Foundation
import FrontlineModel

/// Looks things up in a scenario's knowledge base.
enum Knowledge {
  /// Entries whose topic, keywords or text mention `query` (all of them for `nil`), with template
  /// variables filled in.
  static func search(_ entries: [KnowledgeEntry], for query: String?, values: [String: String])
    -> [KnowledgeEntry]
  {
    let rendered = entries.map {
      KnowledgeEntry(topic: $0.topic, keywords: $0.keywords, text: Template.render($0.text, values: values))
    }
    guard let query = query?.trimmingCharacters(in: .whitespaces), !query.isEmpty else { return rendered }
    let needle = query.lowercased()
    let byTopic = rendered.filter { entry in
      entry.topic.lowercased().contains(needle)
        || entry.keywords.contains { $0.lowercased().contains(needle) }
    }
    return byTopic.isEmpty ? rendered.filter { $0.text.lowercased().contains(needle) } : byTopic
  }
}
