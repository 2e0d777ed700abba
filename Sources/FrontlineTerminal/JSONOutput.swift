import Foundation

/// JSON for programs: sorted keys so output diffs well, pretty-printed, slashes unescaped.
public enum JSONOutput {
  /// The value as pretty JSON with sorted keys and ISO 8601 dates.
  public static func encode<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }
}

/// The formats a data command can write.
public enum DataFormat: String, CaseIterable, Sendable {
  case text
  case json
}
