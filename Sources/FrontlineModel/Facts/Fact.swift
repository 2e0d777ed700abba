/// A policy fact a scenario's knowledge base declares, so the grader can judge what a reply states
/// about it: an amount, a duration, a size or a count; something that is free; things the front line
/// may not offer.
public struct Fact: Sendable, Equatable {
  public var id: String
  /// Words a sentence about the fact contains (`refund`, `express`, `返金`); a quantity is judged
  /// against the fact only when its sentence has one of them.
  public var about: [String]
  /// The correct quantity.
  public var value: Quantity?
  /// The quantity as stated (`3-5 business days`), for feedback, with template variables filled in.
  public var valueText: String?
  /// The value as authored when it uses template variables (`{amount}`), so that each version of the
  /// scenario works it out with its own values.
  public var valueTemplate: String?
  /// The value is an estimate: a reply that guarantees it over-promises.
  public var estimate: Bool
  /// It costs the customer nothing: a reply that states a charge for it invents one.
  public var free: Bool
  /// What the front line may not offer here: a reply that offers one invents an entitlement.
  public var notOffered: [String]

  public init(
    id: String, about: [String] = [], value: Quantity? = nil, valueText: String? = nil,
    estimate: Bool = false,
    free: Bool = false, notOffered: [String] = [], valueTemplate: String? = nil
  ) {
    self.id = id
    self.about = about
    self.value = value
    self.valueText = valueText
    self.estimate = estimate
    self.free = free
    self.notOffered = notOffered
    self.valueTemplate = valueTemplate
  }
}

extension Scenario {
  /// Every fact its knowledge base declares.
  public var facts: [Fact] { knowledge.flatMap(\.facts) }
}
