/// A parsed JSON value that remembers where it was written, so diagnostics can point at it.
public struct JSONNode: Sendable {
  public var value: JSONValue
  /// The byte offset of the value's first character in its file.
  public var offset: Int

  public init(_ value: JSONValue, offset: Int) {
    self.value = value
    self.offset = offset
  }

  /// A short name of the value's type for messages: "a string", "an array", ...
  public var typeDescription: String {
    switch value {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }
}

/// The value of a JSON node. Objects keep their members in written order, duplicates included.
public enum JSONValue: Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONNode])
  case object([JSONMember])
}

/// One `"key": value` pair of a JSON object.
public struct JSONMember: Sendable {
  public var key: String
  /// The byte offset of the key's opening quote.
  public var keyOffset: Int
  public var value: JSONNode

  public init(key: String, keyOffset: Int, value: JSONNode) {
    self.key = key
    self.keyOffset = keyOffset
    self.value = value
  }
}
