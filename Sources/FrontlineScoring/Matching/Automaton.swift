/// An Aho-Corasick automaton over Unicode scalars, compiled to a dense transition table, that finds
/// every occurrence of every pattern in one pass over a text.
struct Automaton: Sendable {
  private let asciiClass: [Int32]
  private let otherClass: [UInt32: Int32]
  private let classCount: Int
  private let table: [Int32]
  private let outputStart: [Int32]
  private let outputs: [Int32]
  /// The length in scalars of each pattern.
  let lengths: [Int]

  init(patterns: [[Unicode.Scalar]]) {
    // A compact alphabet: class 0 is every scalar no pattern uses.
    var ascii = [Int32](repeating: 0, count: 128)
    var other: [UInt32: Int32] = [:]
    var count: Int32 = 1
    for pattern in patterns {
      for scalar in pattern {
        if scalar.value < 128 {
          if ascii[Int(scalar.value)] == 0 {
            ascii[Int(scalar.value)] = count
            count += 1
          }
        } else if other[scalar.value] == nil {
          other[scalar.value] = count
          count += 1
        }
      }
    }
    asciiClass = ascii
    otherClass = other
    classCount = Int(count)
    lengths = patterns.map(\.count)

    // The trie.
    var children: [[Int32: Int32]] = [[:]]
    var nodeOutputs: [[Int32]] = [[]]
    for (index, pattern) in patterns.enumerated() where !pattern.isEmpty {
      var node: Int32 = 0
      for scalar in pattern {
        let symbol = scalar.value < 128 ? ascii[Int(scalar.value)] : other[scalar.value]!
        if let next = children[Int(node)][symbol] {
          node = next
        } else {
          children.append([:])
          nodeOutputs.append([])
          let next = Int32(children.count - 1)
          children[Int(node)][symbol] = next
          node = next
        }
      }
      nodeOutputs[Int(node)].append(Int32(index))
    }

    // Failure links by breadth-first search, folded into a full transition table.
    let nodes = children.count
    let width = Int(count)
    var table = [Int32](repeating: 0, count: nodes * width)
    var fail = [Int32](repeating: 0, count: nodes)
    var queue: [Int32] = []
    for (symbol, child) in children[0] {
      table[Int(symbol)] = child
      queue.append(child)
    }
    var head = 0
    while head < queue.count {
      let node = Int(queue[head])
      head += 1
      let failure = Int(fail[node])
      nodeOutputs[node] += nodeOutputs[failure]
      // A symbol with no child goes where the failure node goes: copy its row (complete, since it is
      // shallower; the root's was set above), then set the children.
      table.withUnsafeMutableBufferPointer { cells in
        let base = cells.baseAddress!
        (base + node * width).update(from: base + failure * width, count: width)
      }
      for (symbol, child) in children[node] {
        fail[Int(child)] = table[failure * width + Int(symbol)]
        table[node * width + Int(symbol)] = child
        queue.append(child)
      }
    }
    self.table = table
    var starts: [Int32] = []
    var flat: [Int32] = []
    for list in nodeOutputs {
      starts.append(Int32(flat.count))
      flat += list
    }
    starts.append(Int32(flat.count))
    outputStart = starts
    outputs = flat
  }

  /// Calls `found(pattern, end)` for every occurrence, `end` being one past its last scalar.
  func scan(_ text: [Unicode.Scalar], _ found: (Int, Int) -> Void) {
    var state = 0
    let width = classCount
    table.withUnsafeBufferPointer { table in
      outputStart.withUnsafeBufferPointer { starts in
        for position in 0..<text.count {
          let value = text[position].value
          let symbol = value < 128 ? Int(asciiClass[Int(value)]) : Int(otherClass[value] ?? 0)
          state = Int(table[state * width + symbol])
          let first = Int(starts[state])
          let last = Int(starts[state + 1])
          if first != last {
            for output in first..<last { found(Int(outputs[output]), position + 1) }
          }
        }
      }
    }
  }
}
