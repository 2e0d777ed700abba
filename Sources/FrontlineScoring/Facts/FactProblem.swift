import FrontlineModel

/// Something wrong a reply states about a declared fact.
struct FactProblem: Sendable {
  enum Kind: Sendable {
    /// A quantity that is not the fact's ("7-10 business days" for 3-5).
    case wrong
    /// Sooner or surer than policy allows ("back today", "guaranteed tomorrow").
    case overpromise
    /// A charge for something that is free.
    case inventedCharge
    /// An offer the front line may not make.
    case inventedEntitlement
  }

  let kind: Kind
  /// Where the statement is, in the reading's text.
  let range: Range<Int>
  /// The fact it is about; `nil` for a gift no fact or policy text mentions.
  let fact: Fact?
}
