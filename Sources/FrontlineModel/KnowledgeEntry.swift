/// One entry of a scenario's knowledge base, which the trainee can look up during practice.
public struct KnowledgeEntry: Sendable, Equatable {
  /// The heading, e.g. `"Late delivery policy"`.
  public var topic: String
  /// Extra words that find this entry with `/kb WORD`.
  public var keywords: [String]
  /// The policy, price or deadline itself.
  public var text: String

  public init(topic: String, keywords: [String], text: String) {
    self.topic = topic
    self.keywords = keywords
    self.text = text
  }
}
