import FrontlineModel

/// The figures a reply can work out from the ones it was given: a rate over a stretch of time or a
/// number of things ("$25 a day … $225 over nine days"), a sum or a difference of two figures in one
/// unit ("covered for 24 months, delivered 14 months ago: ten months to spare"; 10,000円 less the
/// 220円 fee, 9,780円). Arithmetic on the scenario's own figures is not a wrong figure.
struct WorkedFigures: Sendable {
  /// The scenario's figures: its declared facts, the figures of its knowledge base and of the
  /// customer's situation.
  private let given: [Quantity]

  init(_ given: [Quantity]) {
    self.given = given.filter { $0.low == $0.high && !$0.relative && $0.low > 0 }
  }

  /// Whether `quantity` is worked out from two of the figures a reply states (`stated`, the reply's
  /// other figures) that are the scenario's own: the reply shows its working, from figures it has
  /// right.
  func isWorkedOut(_ quantity: Quantity, from stated: [Quantity]) -> Bool {
    guard !quantity.relative else { return false }
    let bases = stated.filter { figure in
      figure.low == figure.high && given.contains { figure.agrees(with: $0) && $0.agrees(with: figure) }
    }
    func same(_ figure: Quantity) -> Bool { quantity.agrees(with: figure) && figure.agrees(with: quantity) }
    for (index, a) in bases.enumerated() {
      for b in bases[(index + 1)...] {
        if a.dimension == b.dimension && a.per == b.per {
          let sum = a.low + b.low
          let difference = abs(a.low - b.low)
          if same(Quantity(low: sum, high: sum, dimension: a.dimension, per: a.per)) { return true }
          if difference > 0,
            same(Quantity(low: difference, high: difference, dimension: a.dimension, per: a.per))
          {
            return true
          }
        }
        if let product = Self.product(a, b) ?? Self.product(b, a), same(product) { return true }
      }
    }
    return false
  }

  /// A rate times what it is per: "$25 a day" for "9 days", "¥980 a month" for "12 months", "$13 per
  /// line" for "4 lines".
  private static func product(_ rate: Quantity, _ amount: Quantity) -> Quantity? {
    guard let per = rate.per, amount.per == nil else { return nil }
    let count: Double
    switch amount.dimension {
    case .duration:
      guard let days = durationDays[per] else { return nil }
      count = amount.low / days
    case .count(let unit):
      guard unit == per else { return nil }
      count = amount.low
    default:
      return nil
    }
    let total = rate.low * count
    return Quantity(low: total, high: total, dimension: rate.dimension)
  }

  /// The length in days of the time units a rate can be per.
  private static let durationDays: [String: Double] = [
    "day": 1, "night": 1, "week": 7, "month": 365.0 / 12, "year": 365, "hour": 1.0 / 24, "minute": 1.0 / 1440,
  ]
}
