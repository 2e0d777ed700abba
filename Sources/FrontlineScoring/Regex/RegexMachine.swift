/// Runs a ``RegexProgram`` over Unicode scalars: leftmost match first, and among matches at the same
/// start the one ICU would report (greedy or lazy as written).
enum RegexMachine {
  /// The first match in `text`, as scalar offsets, trying only `starts` when they are given (where
  /// the literals every match begins with occur).
  static func firstMatch(_ program: RegexProgram, in text: [Unicode.Scalar], starts: [Int] = []) -> Range<
    Int
  >? {
    var memory: Memory?
    defer { memory?.release() }
    if !starts.isEmpty {
      var previous = -1
      for start in starts where start != previous {
        previous = start
        if memory == nil { memory = Memory(words: max(1, (program.splitCount * (text.count + 1) + 63) / 64)) }
        if let end = run(program, text, from: start, memory: &memory!) { return start..<end }
      }
      return nil
    }
    let firsts = program.firstScalars
    let firstBitmap = firsts?.ascii
    let prefixes = program.prefixes
    for start in 0...text.count {
      if let firsts, let firstBitmap {
        guard start < text.count else { break }
        let value = text[start].value
        if value < 128 ? !ScalarSet.bitmap(firstBitmap, contains: value) : !firsts.contains(text[start]) {
          continue
        }
      }
      if let prefixes, !prefixes.contains(where: { Self.text(text, at: start, startsWith: $0) }) { continue }
      // Allocated at the first start worth trying: most runs skip every start.
      if memory == nil { memory = Memory(words: max(1, (program.splitCount * (text.count + 1) + 63) / 64)) }
      if let end = run(program, text, from: start, memory: &memory!) { return start..<end }
    }
    return nil
  }

  /// The states tried so far and the backtracking stack.
  private struct Memory {
    let visited: UnsafeMutablePointer<UInt64>
    var stack: UnsafeMutablePointer<Int>
    var capacity = 64

    init(words: Int) {
      visited = .allocate(capacity: words)
      visited.initialize(repeating: 0, count: words)
      stack = .allocate(capacity: capacity * 2)
    }

    mutating func push(_ pc: Int, _ position: Int, depth: Int) {
      if depth == capacity {
        let larger = UnsafeMutablePointer<Int>.allocate(capacity: capacity * 4)
        larger.update(from: stack, count: capacity * 2)
        stack.deallocate()
        stack = larger
        capacity *= 2
      }
      stack[depth * 2] = pc
      stack[depth * 2 + 1] = position
    }

    func release() {
      visited.deallocate()
      stack.deallocate()
    }
  }

  /// Where the first match starting at `start` ends, if there is one.
  private static func run(
    _ program: RegexProgram, _ text: [Unicode.Scalar], from start: Int, memory: inout Memory
  )
    -> Int?
  {
    let width = text.count + 1
    let splitNumbers = program.splitNumbers
    let sets = program.sets
    let bitmaps = program.bitmaps
    return program.instructions.withUnsafeBufferPointer { instructions in
      memory.push(0, start, depth: 0)
      var depth = 1
      while depth > 0 {
        depth -= 1
        var pc = memory.stack[depth * 2]
        var position = memory.stack[depth * 2 + 1]
        while true {
          var advanced = true
          switch instructions[pc] {
          case .match:
            return position
          case .scalar(let scalar):
            advanced = position < text.count && text[position] == scalar
            position += 1
          case .set(let index):
            if position < text.count {
              let value = text[position].value
              advanced =
                value < 128
                ? ScalarSet.bitmap(bitmaps[index], contains: value) : sets[index].contains(text[position])
            } else {
              advanced = false
            }
            position += 1
          case .any:
            advanced = position < text.count && text[position] != "\n" && text[position] != "\r"
            position += 1
          case .split(let first, let second):
            let bit = splitNumbers[pc] * width + position
            if memory.visited[bit >> 6] & (1 << UInt64(bit & 63)) != 0 {
              advanced = false
              break
            }
            memory.visited[bit >> 6] |= 1 << UInt64(bit & 63)
            memory.push(second, position, depth: depth)
            depth += 1
            pc = first
            continue
          case .jump(let target):
            pc = target
            continue
          case .boundary(let wanted):
            let before = position > 0 && RegexClasses.isWord(text[position - 1])
            let after = position < text.count && RegexClasses.isWord(text[position])
            advanced = (before != after) == wanted
          case .start:
            advanced = position == 0
          case .end:
            advanced = position == text.count
          }
          guard advanced else { break }
          pc += 1
        }
      }
      return nil
    }
  }

  private static func text(_ text: [Unicode.Scalar], at start: Int, startsWith prefix: [Unicode.Scalar])
    -> Bool
  {
    guard start + prefix.count <= text.count else { return false }
    for offset in 0..<prefix.count where text[start + offset] != prefix[offset] { return false }
    return true
  }
}
