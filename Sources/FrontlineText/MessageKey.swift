/// A message of one part of the interface. Each part is an enum whose cases name its messages; the
/// catalogs hold the text under `area.case`, e.g. `session.customerCalmer`.
public protocol MessageKey: RawRepresentable, CaseIterable, Sendable where RawValue == String {
  /// The catalog section that holds this part's messages, e.g. `session`.
  static var area: String { get }
}

extension MessageKey {
  /// The key in the catalogs: `area.case`.
  public var key: String { "\(Self.area).\(rawValue)" }
}

/// Every part of the interface that has messages; the catalog tests check each against both
/// catalogs.
public enum MessageAreas {
  public static let all: [any MessageKey.Type] = [
    CommonText.self, SessionText.self, FeedbackText.self, ProgressText.self, ReportText.self, ReviewText.self,
    CommandText.self, HelpText.self,
  ]

  /// Every key of every area.
  public static var keys: [String] {
    all.flatMap { area in area.allKeys }
  }
}

extension MessageKey {
  static var allKeys: [String] { allCases.map(\.key) }
}
