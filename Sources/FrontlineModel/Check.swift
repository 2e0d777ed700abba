/// The test a criterion applies to a reply.
///
/// A phrase is one alternative of a list; a trailing `*` matches inflections (`apologi*`), and template
/// variables such as `{customer.name}` are substituted before matching.
public enum Check: Sendable, Equatable {
  /// Met when any of the phrases occurs.
  case any([String])
  /// Met when every group has at least one phrase that occurs.
  case all([[String]])
  /// Met when none of the phrases occurs (a forbidden list).
  case none([String])
  /// Met when the regular expression matches the normalised reply.
  case pattern(String)
  /// Met when the reply contains the customer's full, given or family name.
  case usesName
  /// Met when the transfer taken is the step's expected route; partial credit for acceptable ones.
  case route
  /// Met when the reply's length is within the bounds.
  case length(LengthBounds)
  /// Met when the phrases occur at most `max` times in all.
  case maxCount(phrases: [String], max: Int)

  /// The authored key of this kind of check, e.g. `"any"`.
  public var kindName: String {
    switch self {
    case .any: "any"
    case .all: "all"
    case .none: "none"
    case .pattern: "pattern"
    case .usesName: "usesName"
    case .route: "route"
    case .length: "length"
    case .maxCount: "maxCount"
    }
  }

  /// Every phrase the check looks for.
  public var phrases: [String] {
    switch self {
    case .any(let list), .none(let list), .maxCount(let list, _): list
    case .all(let groups): groups.flatMap { $0 }
    case .pattern, .usesName, .route, .length: []
    }
  }

  /// The authored keys of all kinds of check.
  public static let kindNames = ["any", "all", "none", "pattern", "usesName", "route", "length", "maxCount"]
}

/// Bounds on a reply's length, in characters and/or words.
public struct LengthBounds: Sendable, Equatable {
  public var minCharacters: Int?
  public var maxCharacters: Int?
  public var minWords: Int?
  public var maxWords: Int?

  public init(
    minCharacters: Int? = nil, maxCharacters: Int? = nil, minWords: Int? = nil, maxWords: Int? = nil
  ) {
    self.minCharacters = minCharacters
    self.maxCharacters = maxCharacters
    self.minWords = minWords
    self.maxWords = maxWords
  }
}
