/// A quantity a policy or a reply states: a number or a range with its unit, normalised so that
/// "three to five working days" equals "3-5 business days" and "¥980/月" equals "980円 per month".
public struct Quantity: Sendable, Equatable {
  /// What kind of thing is counted.
  public enum Dimension: Sendable, Equatable {
    /// Money, in a currency (`USD`, `JPY`, `GBP`, `EUR`), `nil` when not said.
    case money(String?)
    /// Time, in days (a business day counts 1.4, a week 7, a month a twelfth of a year).
    case duration
    /// Data, in megabytes.
    case data
    /// Anything else, by its unit word (`line`, `回線`).
    case count(String)

    /// Whether a statement in `self` can be about a fact in `other`.
    public func isComparable(to other: Dimension) -> Bool {
      switch (self, other) {
      case (.money(let a), .money(let b)): a == nil || b == nil || a == b
      case (.duration, .duration), (.data, .data): true
      case (.count(let a), .count(let b)): a == b
      default: false
      }
    }
  }

  /// The range, in the dimension's base unit; `low == high` for a single value.
  public var low: Double
  public var high: Double
  public var dimension: Dimension
  /// "per month", "per GB": the unit a price is per, normalised (`month`, `gb`).
  public var per: String?
  /// Said relative to now ("today", "tomorrow", 本日) rather than as a number.
  public var relative: Bool
  /// Said with its business days (so "5 business days" and "7 days" are told apart when it matters).
  public var businessDays: Bool

  public init(
    low: Double, high: Double, dimension: Dimension, per: String? = nil, relative: Bool = false,
    businessDays: Bool = false
  ) {
    self.low = low
    self.high = high
    self.dimension = dimension
    self.per = per
    self.relative = relative
    self.businessDays = businessDays
  }

  /// Whether a statement of `self` agrees with the fact `value`: the same per-unit, and a value within
  /// the fact's range (to a hair, for rounding).
  public func agrees(with value: Quantity) -> Bool {
    guard dimension.isComparable(to: value.dimension) else { return false }
    if let per, let other = value.per, per != other { return false }
    let tolerance = Self.tolerance(of: value)
    if case .count = dimension, value.low == value.high, low - tolerance <= value.low,
      value.high <= high + tolerance
    {
      return true  // "2 to 20 lines" states the cap of 20 lines
    }
    return low >= value.low - tolerance && high <= value.high + tolerance && high >= value.low - tolerance
  }

  /// Whether a statement of `self` said as a lower bound ("more than an hour", 4台以上) agrees with the
  /// fact `value`: the same per-unit, and a value at or above it.
  public func agreesAsLowerBound(with value: Quantity) -> Bool {
    dimension.isComparable(to: value.dimension) && per == value.per
      && value.high >= low - Self.tolerance(of: value)
  }

  /// How far a statement may be from `value` and still state it: a hair, for rounding.
  private static func tolerance(of value: Quantity) -> Double { max(0.005, value.high * 0.001) }

  /// Whether a statement of `self` promises it sooner than the fact `value` allows.
  public func isSooner(than value: Quantity) -> Bool {
    guard case .duration = dimension, case .duration = value.dimension else { return false }
    return low < value.low - 0.01
  }
}
