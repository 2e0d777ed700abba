import Foundation

/// Normalises replies and phrases alike so that matching ignores the differences a trainee should
/// not be marked down for: Unicode NFKC (full-width and half-width forms folded), case, curly quotes,
/// dash variants and runs of white space.
public enum TextNormalizer {
  /// Normalises `text`, keeping a map back to the original.
  public static func normalize(_ text: String) -> NormalizedText {
    let bytes = Array(text.utf8)
    if !bytes.contains(where: { $0 >= 0x80 }) { return normalizeASCII(bytes) }
    let original = Array(text.unicodeScalars)
    var byteOffsets: [Int] = []
    byteOffsets.reserveCapacity(original.count + 1)
    var offset = 0
    for scalar in original {
      byteOffsets.append(offset)
      offset += scalar.value < 0x80 ? 1 : scalar.value < 0x800 ? 2 : scalar.value < 0x10000 ? 3 : 4
    }
    byteOffsets.append(offset)
    var scalars: [Unicode.Scalar] = []
    var origin: [Int] = []
    scalars.reserveCapacity(original.count)
    origin.reserveCapacity(original.count)
    var pendingSpace = false
    var index = 0
    while index < original.count {
      let scalar = original[index]
      let value = scalar.value
      if value < 0x80 {
        if value == 0x20 || (value >= 0x09 && value <= 0x0D) {
          pendingSpace = !scalars.isEmpty
        } else {
          if pendingSpace {
            scalars.append(" ")
            origin.append(index)
            pendingSpace = false
          }
          let folded = value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 32)! : scalar
          scalars.append(folded)
          origin.append(index)
        }
        index += 1
        continue
      }
      // A base followed by combining marks is normalised as one unit, so decomposed accents compose.
      var end = index + 1
      while end < original.count, original[end].properties.canonicalCombiningClass != .notReordered {
        end += 1
      }
      let folded = fold(original[index..<end])
      if folded.count == 1, folded[0].properties.isWhitespace {
        pendingSpace = !scalars.isEmpty
      } else {
        for output in folded {
          if output.properties.isWhitespace {
            pendingSpace = !scalars.isEmpty
            continue
          }
          if pendingSpace {
            scalars.append(" ")
            origin.append(index)
            pendingSpace = false
          }
          scalars.append(output)
          origin.append(index)
        }
      }
      index = end
    }
    return NormalizedText(
      scalars: scalars, origin: origin, originalBytes: Array(text.utf8), byteOffsets: byteOffsets)
  }

  /// The fast path for ASCII text: lower-case letters and collapse white space, writing straight
  /// into buffers sized for the worst case.
  private static func normalizeASCII(_ bytes: [UInt8]) -> NormalizedText {
    var count = 0
    var origin = [Int](repeating: 0, count: bytes.count)
    let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalars, initialized in
      origin.withUnsafeMutableBufferPointer { origin in
        bytes.withUnsafeBufferPointer { bytes in
          var pendingSpace = false
          for index in 0..<bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
              pendingSpace = count > 0
              continue
            }
            if pendingSpace {
              scalars[count] = " "
              origin[count] = index
              count += 1
              pendingSpace = false
            }
            scalars[count] = Unicode.Scalar(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
            origin[count] = index
            count += 1
          }
        }
      }
      initialized = count
    }
    origin.removeLast(bytes.count - count)
    return NormalizedText(scalars: scalars, origin: origin, originalBytes: bytes, byteOffsets: nil)
  }

  /// Normalises a phrase written by a trainer.
  public static func normalizePhrase(_ phrase: String) -> [Unicode.Scalar] {
    normalize(phrase).scalars
  }

  /// The folded form of one non-ASCII unit (a scalar and its combining marks).
  private static func fold(_ unit: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
    let first = unit.first!
    if unit.count == 1 {
      if let special = punctuation(first) { return [special] }
      if !first.properties.changesWhenNFKCCaseFolded { return [first] }
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: unit)
    let normalized = String(view).precomposedStringWithCompatibilityMapping.lowercased()
      .precomposedStringWithCompatibilityMapping
    return normalized.unicodeScalars.map { punctuation($0) ?? $0 }
  }

  /// Curly quotes to straight ones, dash variants to a hyphen.
  private static func punctuation(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    switch scalar.value {
    case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0xFF07: "'"
    case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0xFF02: "\""
    case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: "-"
    default: nil
    }
  }
}
