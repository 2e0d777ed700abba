/// A key written twice in one JSON object. The parser keeps both members and records the second here,
/// so the loader can report it as an error with both places rather than letting the last value win.
public struct JSONDuplicateKey: Sendable, Equatable {
  /// The repeated key.
  public var key: String
  /// The byte offset of the second key's opening quote.
  public var offset: Int
  /// The byte offset of the first key's opening quote.
  public var firstOffset: Int
  /// The JSON path of the second member, e.g. `variables.price`.
  public var path: JSONPath

  public init(key: String, offset: Int, firstOffset: Int, path: JSONPath) {
    self.key = key
    self.offset = offset
    self.firstOffset = firstOffset
    self.path = path
  }
}
