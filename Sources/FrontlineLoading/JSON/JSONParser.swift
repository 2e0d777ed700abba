import FrontlineModel

/// A strict JSON parser (RFC 8259) that records the byte offset of every value.
///
/// It never crashes and never recurses without bound: nesting deeper than ``maximumDepth`` is an
/// error, as is anything after the top-level value. A key written twice in one object is recorded as a
/// ``JSONDuplicateKey``.
public struct JSONParser {
  /// Authored files are never nested this deep; deeper input is refused rather than parsed.
  public static let maximumDepth = 64

  let bytes: [UInt8]
  var index = 0
  private var depth = 0
  /// The path of the value being parsed, kept only to name where a duplicate key is.
  private var path: [JSONPath.Component] = []
  private var duplicateKeys: [JSONDuplicateKey] = []

  private init(bytes: [UInt8]) { self.bytes = bytes }

  /// Parses a whole document, refusing duplicate keys. A UTF-8 byte order mark is skipped.
  public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
    var duplicates: [JSONDuplicateKey] = []
    let node = try parse(bytes, duplicateKeys: &duplicates)
    if let duplicate = duplicates.first {
      throw JSONSyntaxError(
        "the key \"\(Excerpt.of(duplicate.key))\" is written twice in one object", at: duplicate.offset)
    }
    return node
  }

  /// Parses a whole document and records every key written twice in one object in `duplicateKeys`, in
  /// the order written; both members stay in the tree. A UTF-8 byte order mark is skipped.
  public static func parse(_ bytes: [UInt8], duplicateKeys: inout [JSONDuplicateKey]) throws(JSONSyntaxError)
    -> JSONNode
  {
    var parser = JSONParser(bytes: bytes)
    defer { duplicateKeys += parser.duplicateKeys }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
    parser.skipWhitespace()
    guard parser.index < bytes.count else {
      throw JSONSyntaxError("the file is empty; expected a JSON object", at: parser.index)
    }
    let node = try parser.parseValue()
    parser.skipWhitespace()
    if parser.index < bytes.count {
      throw JSONSyntaxError(
        "unexpected \(parser.describeCurrent()) after the end of the JSON value", at: parser.index)
    }
    return node
  }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x0A, 0x0D, 0x09: index += 1
      default: return
      }
    }
  }

  private func describeCurrent() -> String {
    guard index < bytes.count else { return "end of file" }
    let byte = bytes[index]
    if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    if byte >= 0x80 { return "non-ASCII text" }
    return "byte 0x\(String(byte, radix: 16, uppercase: true))"
  }

  private mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
    guard index < bytes.count else { throw JSONSyntaxError("expected a value, found end of file", at: index) }
    let start = index
    switch bytes[index] {
    case UInt8(ascii: "{"): return JSONNode(try parseObject(), offset: start)
    case UInt8(ascii: "["): return JSONNode(try parseArray(), offset: start)
    case UInt8(ascii: "\""): return JSONNode(.string(try parseString()), offset: start)
    case UInt8(ascii: "t"): try expectWord("true"); return JSONNode(.bool(true), offset: start)
    case UInt8(ascii: "f"): try expectWord("false"); return JSONNode(.bool(false), offset: start)
    case UInt8(ascii: "n"): try expectWord("null"); return JSONNode(.null, offset: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return JSONNode(.number(try parseNumber()), offset: start)
    case UInt8(ascii: "'"):
      throw JSONSyntaxError("strings must use double quotes, not single quotes", at: index)
    case UInt8(ascii: "/"):
      throw JSONSyntaxError("comments are not allowed in JSON", at: index)
    default:
      throw JSONSyntaxError("expected a value, found \(describeCurrent())", at: index)
    }
  }

  private mutating func expectWord(_ word: StaticString) throws(JSONSyntaxError) {
    let start = index
    let count = word.utf8CodeUnitCount
    let matches = word.withUTF8Buffer { expected in
      index + count <= bytes.count && bytes[index..<index + count].elementsEqual(expected)
    }
    guard matches else { throw JSONSyntaxError("expected a value, found \(describeCurrent())", at: start) }
    index += count
  }

  private mutating func enter() throws(JSONSyntaxError) {
    depth += 1
    if depth > JSONParser.maximumDepth {
      throw JSONSyntaxError(
        "arrays and objects are nested more than \(JSONParser.maximumDepth) levels deep", at: index)
    }
  }

  private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
    try enter()
    defer { depth -= 1 }
    index += 1
    var elements: [JSONNode] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
        throw JSONSyntaxError("trailing comma before ']'", at: index)
      }
      path.append(.index(elements.count))
      elements.append(try parseValue())
      path.removeLast()
      skipWhitespace()
      guard index < bytes.count else {
        throw JSONSyntaxError("the array is not closed: expected ',' or ']', found end of file", at: index)
      }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
      } else if bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(elements)
      } else {
        throw JSONSyntaxError(
          "expected ',' or ']' after an array element, found \(describeCurrent())", at: index)
      }
    }
  }

  private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
    try enter()
    defer { depth -= 1 }
    index += 1
    var members: [JSONMember] = []
    var firstOffsets: [String: Int] = [:]
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard index < bytes.count else {
        throw JSONSyntaxError("the object is not closed: expected a key, found end of file", at: index)
      }
      if bytes[index] == UInt8(ascii: "}") {
        throw JSONSyntaxError("trailing comma before '}'", at: index)
      }
      guard bytes[index] == UInt8(ascii: "\"") else {
        throw JSONSyntaxError("expected a key in double quotes, found \(describeCurrent())", at: index)
      }
      let keyOffset = index
      let key = try parseString()
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
        throw JSONSyntaxError(
          "expected ':' after the key \"\(Excerpt.of(key))\", found \(describeCurrent())", at: index)
      }
      index += 1
      skipWhitespace()
      path.append(.key(key))
      if let first = firstOffsets[key] {
        duplicateKeys.append(
          JSONDuplicateKey(key: key, offset: keyOffset, firstOffset: first, path: JSONPath(path)))
      } else {
        firstOffsets[key] = keyOffset
      }
      members.append(JSONMember(key: key, keyOffset: keyOffset, value: try parseValue()))
      path.removeLast()
      skipWhitespace()
      guard index < bytes.count else {
        throw JSONSyntaxError("the object is not closed: expected ',' or '}', found end of file", at: index)
      }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
      } else if bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(members)
      } else {
        throw JSONSyntaxError(
          "expected ',' or '}' after the value of \"\(Excerpt.of(key))\", found \(describeCurrent())",
          at: index)
      }
    }
  }
}
