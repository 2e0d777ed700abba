/// Checks that bytes are text a trainer could have written: valid UTF-8 without NUL bytes.
enum UTF8Check {
  /// The offset and description of the first problem, or `nil` when the bytes are valid text.
  static func firstProblem(in bytes: [UInt8]) -> (offset: Int, message: String)? {
    if bytes.prefix(8192).contains(0) {
      return (0, "this is a binary file, not JSON text")
    }
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0 {
        return (index, "this is a binary file, not JSON text (it contains a NUL byte)")
      }
      if byte < 0x80 {
        index += 1
        continue
      }
      let length: Int
      let minimum: UInt32
      switch byte {
      case 0xC2...0xDF: (length, minimum) = (2, 0x80)
      case 0xE0...0xEF: (length, minimum) = (3, 0x800)
      case 0xF0...0xF4: (length, minimum) = (4, 0x10000)
      default: return (index, invalid(byte))
      }
      guard index + length <= bytes.count else { return (index, invalid(byte)) }
      var scalar = UInt32(byte) & (0xFF >> (length + 1))
      for next in bytes[index + 1..<index + length] {
        guard next & 0xC0 == 0x80 else { return (index, invalid(byte)) }
        scalar = scalar << 6 | UInt32(next & 0x3F)
      }
      guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
        return (index, invalid(byte))
      }
      index += length
    }
    return nil
  }

  private static func invalid(_ byte: UInt8) -> String {
    "the file is not valid UTF-8 text (byte 0x\(String(byte, radix: 16, uppercase: true))); save it as UTF-8"
  }
}
