/// The routing decision a step expects: resolve it yourself, transfer to a department, or not judged.
public enum ExpectedRoute: Sendable, Equatable {
  /// The trainee should resolve it without a transfer (first-contact resolution).
  case none
  /// The trainee should transfer to this department id.
  case department(String)
  /// Routing is not judged at this step: route criteria are not applicable.
  case any

  /// The authored spelling: `"none"`, `"any"` or a department id.
  public var name: String {
    switch self {
    case .none: "none"
    case .any: "any"
    case .department(let id): id
    }
  }

  /// Reads the authored spelling; `nil` means absent, which is `.none`.
  public init(_ name: String?) {
    switch name {
    case nil, "none": self = .none
    case "any": self = .any
    case let id?: self = .department(id)
    }
  }

  /// The words `none` and `any` cannot be department ids.
  public static let reservedNames: Set<String> = ["none", "any"]
}
