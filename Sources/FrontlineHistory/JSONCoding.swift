import Foundation

/// JSON columns.
package enum JSONCoding {
  package static func string<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  /// Category scores stored as `{"empathy": 80, "routing": null}`; read without a decoder, since
  /// history pages read thousands of them.
  package static func categories(_ text: String) -> [String: Double?] {
    guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
      return [:]
    }
    return object.mapValues { ($0 as? NSNumber)?.doubleValue }
  }

  package static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
    try JSONDecoder().decode(type, from: Data(text.utf8))
  }
}
