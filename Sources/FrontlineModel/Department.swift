/// A team the trainee can transfer a customer to.
public struct Department: Sendable, Equatable {
  /// The id typed after `/transfer`, e.g. `billing`.
  public var id: String
  public var name: String
  /// What the department takes care of.
  public var handles: String

  public init(id: String, name: String, handles: String) {
    self.id = id
    self.name = name
    self.handles = handles
  }
}
