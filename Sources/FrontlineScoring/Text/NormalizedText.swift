/// Text prepared for matching, with a map back to the original so evidence shows the trainee's own
/// words.
public struct NormalizedText: Sendable {
  /// The normalised scalars: NFKC, case-folded, quotes and dashes folded, white space collapsed.
  public let scalars: [Unicode.Scalar]
  /// For each normalised scalar, the index of the original scalar it came from.
  let origin: [Int]
  /// The original text as UTF-8.
  let originalBytes: [UInt8]
  /// For each original scalar, and one past the last, its offset in `originalBytes`; `nil` when the
  /// text is ASCII and the two are the same.
  let byteOffsets: [Int]?

  init(scalars: [Unicode.Scalar], origin: [Int], originalBytes: [UInt8], byteOffsets: [Int]?) {
    self.scalars = scalars
    self.origin = origin
    self.originalBytes = originalBytes
    self.byteOffsets = byteOffsets
  }

  /// A text derived from `base` (a stream of Japanese base forms), mapped to the same original.
  init(scalars: [Unicode.Scalar], origin: [Int], basedOn base: NormalizedText) {
    self.scalars = scalars
    self.origin = origin
    originalBytes = base.originalBytes
    byteOffsets = base.byteOffsets
  }

  /// Already-normalised scalars that are their own original (an authored phrase).
  init(plain scalars: [Unicode.Scalar]) {
    self.scalars = scalars
    origin = Array(scalars.indices)
    var bytes: [UInt8] = []
    var offsets: [Int] = []
    for scalar in scalars {
      offsets.append(bytes.count)
      bytes.append(contentsOf: UTF8.encode(scalar)!)
    }
    offsets.append(bytes.count)
    originalBytes = bytes
    byteOffsets = offsets
  }

  /// Whether the original text breaks the line between the normalised scalars at `before` and `after`
  /// (white space the normalisation collapsed to one space or to nothing).
  func originalBreaksLine(between before: Int, and after: Int) -> Bool {
    guard before >= 0, after < origin.count, before < after else { return false }
    let from = byteOffset(origin[before] + 1)
    let to = byteOffset(origin[after])
    guard from < to else { return false }
    return originalBytes[from..<to].contains(0x0A)
  }

  /// How many scalars the original text has.
  var originalCount: Int { byteOffsets.map { $0.count - 1 } ?? originalBytes.count }

  private func byteOffset(_ scalarIndex: Int) -> Int { byteOffsets?[scalarIndex] ?? scalarIndex }

  /// The original text behind the normalised range `start..<end`, without surrounding white space.
  public func originalText(_ start: Int, _ end: Int) -> String {
    let range = originalOffsets(start, end)
    let from = byteOffset(range.lowerBound)
    let to = byteOffset(range.upperBound)
    return originalBytes.withUnsafeBufferPointer {
      String(decoding: UnsafeBufferPointer(rebasing: $0[from..<to]), as: UTF8.self)
    }
  }

  /// The scalar offsets in the original text of the normalised range `start..<end`, without the white
  /// space around it.
  public func originalOffsets(_ start: Int, _ end: Int) -> Range<Int> {
    guard start < origin.count else { return originalCount..<originalCount }
    var from = origin[start]
    var to = max(from, end < origin.count ? origin[end] : originalCount)
    while from < to, isSpace(at: from) { from += 1 }
    while to > from, isSpace(at: to - 1) { to -= 1 }
    return from..<to
  }

  /// Whether the original scalar at `index` is white space.
  private func isSpace(at index: Int) -> Bool {
    let offset = byteOffset(index)
    let byte = originalBytes[offset]
    if byte < 0x80 { return Self.isASCIISpace(byte) }
    let end = byteOffset(index + 1)
    let scalar = String(decoding: originalBytes[offset..<end], as: UTF8.self).unicodeScalars.first
    return scalar?.properties.isWhitespace ?? false
  }

  /// The normalised text as a string, for regular expressions.
  public var string: String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.count + scalars.count / 2)
    for scalar in scalars {
      if scalar.value < 0x80 {
        bytes.append(UInt8(scalar.value))
      } else {
        bytes.append(contentsOf: UTF8.encode(scalar)!)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func isASCIISpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }
}

extension String {
  func trimmingWhitespace() -> String {
    var scalars = Substring(self).unicodeScalars
    while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
    return String(scalars)
  }
}
