/// One entry of a scenario's knowledge base, which the trainee can look up during practice.
public struct KnowledgeEntry: Sendable, Equatable {
  /// The heading, e.g. `"Late delivery policy"`.
  public var topic: String
  /// Extra words that find this entry with `/kb WORD`.
  public var keywords: [String]
  /// The policy, price or deadline itself.
  public var text: String
  /// The facts the text states, for the grader.
  public var facts: [Fact]

  public init(topic: String, keywords: [String], text: String, facts: [Fact] = []) {
    self.topic = topic
    self.keywords = keywords
    self.text = text
    self.facts = facts
  }
}
