/// Builds compact JSON as UTF-8 bytes: objects whose keys the caller gives in sorted order, arrays, and
/// members encoded beforehand. Commas are put in as values follow one another.
struct JSONLineWriter {
  private(set) var bytes: [UInt8] = []
  /// Whether a value has just ended, so the next key or element needs a comma before it.
  private var needsComma = false

  init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// The JSON text written so far.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  /// The members written so far, without the braces: what ``members(_:)`` puts into another object.
  /// The writer must hold one object and nothing else.
  var membersOfObject: [UInt8] { Array(bytes.dropFirst().dropLast()) }

  private mutating func separate() {
    if needsComma { bytes.append(UInt8(ascii: ",")) }
  }

  mutating func open() {
    separate()
    bytes.append(UInt8(ascii: "{"))
    needsComma = false
  }

  mutating func close() {
    bytes.append(UInt8(ascii: "}"))
    needsComma = true
  }

  mutating func openArray() {
    separate()
    bytes.append(UInt8(ascii: "["))
    needsComma = false
  }

  mutating func closeArray() {
    bytes.append(UInt8(ascii: "]"))
    needsComma = true
  }

  /// A key of the document's own, which needs no escapes ("criteria", "met").
  mutating func key(_ name: StaticString) {
    separate()
    bytes.append(UInt8(ascii: "\""))
    name.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    needsComma = false
  }

  /// A key an author named (a category), escaped.
  mutating func authoredKey(_ name: String) {
    string(name)
    bytes.append(UInt8(ascii: ":"))
    needsComma = false
  }

  /// Members of an object encoded beforehand (``membersOfObject``), in their place among the keys.
  mutating func members(_ encoded: [UInt8]) {
    separate()
    bytes.append(contentsOf: encoded)
    needsComma = true
  }

  mutating func bool(_ value: Bool) {
    separate()
    if value {
      bytes.append(contentsOf: [UInt8(ascii: "t"), UInt8(ascii: "r"), UInt8(ascii: "u"), UInt8(ascii: "e")])
    } else {
      bytes.append(contentsOf: [
        UInt8(ascii: "f"), UInt8(ascii: "a"), UInt8(ascii: "l"), UInt8(ascii: "s"), UInt8(ascii: "e"),
      ])
    }
    needsComma = true
  }

  mutating func null() {
    separate()
    bytes.append(contentsOf: [UInt8(ascii: "n"), UInt8(ascii: "u"), UInt8(ascii: "l"), UInt8(ascii: "l")])
    needsComma = true
  }

  /// A number as JSONEncoder writes it: whole numbers without a fraction, others in the shortest form.
  mutating func number(_ value: Double) {
    separate()
    if value.isFinite && value.rounded() == value && abs(value) < 1e15 {
      bytes.append(contentsOf: String(Int64(value)).utf8)
    } else {
      bytes.append(contentsOf: "\(value)".utf8)
    }
    needsComma = true
  }

  mutating func strings(_ values: [String]) {
    openArray()
    for value in values { string(value) }
    closeArray()
  }

  /// A string with JSON escapes: quotes, backslashes and control characters; `/` is left as it is.
  mutating func string(_ value: String) {
    separate()
    bytes.append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { utf8 in
      // Runs between escapes are appended whole (the escaped characters are ASCII, so every cut falls
      // between scalars).
      var runStart = 0
      for index in utf8.indices {
        let unit = utf8[index]
        guard unit < 0x20 || unit == 0x22 || unit == 0x5C else { continue }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
        escape(unit)
        runStart = index + 1
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }
    bytes.append(UInt8(ascii: "\""))
    needsComma = true
  }

  /// The escape of a quote, a backslash or a control character.
  private mutating func escape(_ unit: UInt8) {
    let short: UInt8? =
      switch unit {
      case 0x22: UInt8(ascii: "\"")
      case 0x5C: UInt8(ascii: "\\")
      case 0x0A: UInt8(ascii: "n")
      case 0x0D: UInt8(ascii: "r")
      case 0x09: UInt8(ascii: "t")
      case 0x08: UInt8(ascii: "b")
      case 0x0C: UInt8(ascii: "f")
      default: nil
      }
    bytes.append(UInt8(ascii: "\\"))
    if let short {
      bytes.append(short)
    } else {
      let hex = String(unit, radix: 16)
      bytes.append(contentsOf: ("u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
    }
  }
}
