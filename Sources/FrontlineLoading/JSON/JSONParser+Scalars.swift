import FrontlineModel

extension JSONParser {
  /// Parses a string starting at its opening quote; the input is already known to be valid UTF-8.
  mutating func parseString() throws(JSONSyntaxError) -> String {
    let start = index
    index += 1
    var buffer: [UInt8] = []
    while true {
      guard index < bytes.count else {
        throw JSONSyntaxError("the string is not closed: missing '\"'", at: start)
      }
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        return String(decoding: buffer, as: UTF8.self)
      case UInt8(ascii: "\\"):
        try parseEscape(into: &buffer)
      case 0x0A:
        throw JSONSyntaxError("the string is not closed before the end of the line: missing '\"'", at: start)
      case 0..<0x20:
        throw JSONSyntaxError("a control character must be escaped in a string (e.g. \\t)", at: index)
      default:
        buffer.append(byte)
        index += 1
      }
    }
  }

  private mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONSyntaxError) {
    let start = index
    index += 1
    guard index < bytes.count else {
      throw JSONSyntaxError("the string is not closed: missing '\"'", at: start)
    }
    let escaped = bytes[index]
    index += 1
    switch escaped {
    case UInt8(ascii: "\""): buffer.append(UInt8(ascii: "\""))
    case UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\"))
    case UInt8(ascii: "/"): buffer.append(UInt8(ascii: "/"))
    case UInt8(ascii: "b"): buffer.append(0x08)
    case UInt8(ascii: "f"): buffer.append(0x0C)
    case UInt8(ascii: "n"): buffer.append(0x0A)
    case UInt8(ascii: "r"): buffer.append(0x0D)
    case UInt8(ascii: "t"): buffer.append(0x09)
    case UInt8(ascii: "u"):
      var scalar = try parseHex4(escapeStart: start)
      if (0xD800...0xDBFF).contains(scalar) {
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
          bytes[index + 1] == UInt8(ascii: "u")
        else { throw JSONSyntaxError("a high surrogate \\u escape must be followed by a low one", at: start) }
        index += 2
        let low = try parseHex4(escapeStart: start)
        guard (0xDC00...0xDFFF).contains(low) else {
          throw JSONSyntaxError("a high surrogate \\u escape must be followed by a low one", at: start)
        }
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
      } else if (0xDC00...0xDFFF).contains(scalar) {
        throw JSONSyntaxError("a lone low surrogate \\u escape is not a character", at: start)
      }
      guard let unicode = Unicode.Scalar(scalar) else {
        throw JSONSyntaxError("\\u escape is not a character", at: start)
      }
      buffer.append(contentsOf: Array(String(Character(unicode)).utf8))
    default:
      throw JSONSyntaxError("unknown escape '\\\(Character(Unicode.Scalar(escaped)))' in a string", at: start)
    }
  }

  private mutating func parseHex4(escapeStart: Int) throws(JSONSyntaxError) -> UInt32 {
    guard index + 4 <= bytes.count else {
      throw JSONSyntaxError("\\u must be followed by four hexadecimal digits", at: escapeStart)
    }
    var value: UInt32 = 0
    for byte in bytes[index..<index + 4] {
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw JSONSyntaxError("\\u must be followed by four hexadecimal digits", at: escapeStart)
      }
      value = value * 16 + UInt32(digit)
    }
    index += 4
    return value
  }

  /// Parses a number by the JSON grammar: `-? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?`.
  mutating func parseNumber() throws(JSONSyntaxError) -> Double {
    let start = index
    func isDigit(_ i: Int) -> Bool {
      i < bytes.count && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9")
    }
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard isDigit(index) else { throw JSONSyntaxError("'-' must be followed by a digit", at: start) }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
      if isDigit(index) { throw JSONSyntaxError("numbers cannot have leading zeros", at: start) }
    } else {
      while isDigit(index) { index += 1 }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard isDigit(index) else {
        throw JSONSyntaxError("a decimal point must be followed by a digit", at: start)
      }
      while isDigit(index) { index += 1 }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
        index += 1
      }
      guard isDigit(index) else { throw JSONSyntaxError("an exponent must have digits", at: start) }
      while isDigit(index) { index += 1 }
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    guard let value = Double(text), value.isFinite else {
      throw JSONSyntaxError("the number \(Excerpt.of(text)) is out of range", at: start)
    }
    return value
  }
}
