/// A file's bytes with a table of line starts, to turn byte offsets into line and column.
///
/// Both tables are built once, so each lookup costs a binary search and a scan of at most
/// ``blockSize`` bytes, however long the line: a file with many problems on one line stays linear.
public struct SourceText: Sendable {
  public let bytes: [UInt8]
  private let lineStarts: [Int]
  /// How many UTF-8 continuation bytes come before each block of ``blockSize`` bytes.
  private let continuationsBeforeBlock: [Int]
  private static let blockSize = 64

  public init(bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    var blocks: [Int] = []
    blocks.reserveCapacity(bytes.count / SourceText.blockSize + 1)
    var continuations = 0
    for (index, byte) in bytes.enumerated() {
      if index % SourceText.blockSize == 0 { blocks.append(continuations) }
      if byte == UInt8(ascii: "\n") { starts.append(index + 1) }
      if byte & 0xC0 == 0x80 { continuations += 1 }
    }
    blocks.append(continuations)
    lineStarts = starts
    continuationsBeforeBlock = blocks
  }

  /// The 1-based line and column of a byte offset; columns count characters (Unicode scalars), not
  /// bytes, so they match what an editor shows.
  public func location(of offset: Int) -> SourcePosition {
    let offset = max(0, min(offset, bytes.count))
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    let lineStart = lineStarts[low]
    // Count only the first byte of each UTF-8 sequence.
    let scalars = (offset - lineStart) - (continuations(before: offset) - continuations(before: lineStart))
    return SourcePosition(line: low + 1, column: scalars + 1)
  }

  /// The number of UTF-8 continuation bytes in `bytes[0..<offset]`.
  private func continuations(before offset: Int) -> Int {
    let block = offset / SourceText.blockSize
    var count = continuationsBeforeBlock[block]
    var index = block * SourceText.blockSize
    while index < offset {
      if bytes[index] & 0xC0 == 0x80 { count += 1 }
      index += 1
    }
    return count
  }
}

/// A 1-based line and column in a file.
public struct SourcePosition: Sendable, Equatable, Comparable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}
