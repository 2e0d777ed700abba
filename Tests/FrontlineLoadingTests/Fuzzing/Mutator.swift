@testable import FrontlineLoading

/// One mutated file and what is known about it.
struct Mutant {
  /// What was done, to name the mutant in a failure: "type swap at [3, 0]".
  var name: String
  var bytes: [UInt8]
  /// Whether the mutation always makes the file invalid (a truncation, a duplicate key, too deep nesting).
  var knownInvalid: Bool
}

/// Makes mutants of one valid authored file.
struct Mutator {
  let original: [UInt8]
  let tree: JSONTree
  let paths: [[Int]]
  var generator: SeededGenerator

  /// Numbers at and past the edges of what a double or an `Int` holds.
  static let hugeNumbers = [
    "9223372036854775807", "9223372036854775808", "-9223372036854775809", "9.223372036854775807e18",
    "1e308", "-1e308", "1e400", "18446744073709551616", "4.9e-324", "-0", "1e-400",
    "123456789012345678901234567890",
  ]

  init(bytes: [UInt8], seed: UInt64) throws {
    original = bytes
    tree = JSONTree(try JSONParser.parse(bytes))
    paths = tree.paths
    generator = SeededGenerator(seed: seed)
  }

  /// The `number`-th mutant; the kinds take turns so each gets its share.
  mutating func mutant(_ number: Int) -> Mutant {
    switch number % 8 {
    case 0: return byteFlips()
    case 1: return truncation()
    case 2: return typeSwap(at: randomPath())
    case 3: return hugeNumber()
    case 4: return hugeString()
    case 5: return deepNesting()
    case 6: return duplicateKey()
    default: return splice()
    }
  }

  private mutating func randomPath() -> [Int] { paths.randomElement(using: &generator)! }

  private func make(_ name: String, _ tree: JSONTree, knownInvalid: Bool = false) -> Mutant {
    Mutant(name: name, bytes: Array(tree.text.utf8), knownInvalid: knownInvalid)
  }

  private mutating func byteFlips() -> Mutant {
    var bytes = original
    var places: [Int] = []
    for _ in 0..<Int.random(in: 1...4, using: &generator) {
      let place = Int.random(in: 0..<bytes.count, using: &generator)
      bytes[place] ^= UInt8.random(in: 1...255, using: &generator)
      places.append(place)
    }
    return Mutant(name: "bytes flipped at \(places)", bytes: bytes, knownInvalid: false)
  }

  private mutating func truncation() -> Mutant {
    var end = original.count
    while end > 0, [0x20, 0x0A, 0x0D, 0x09].contains(original[end - 1]) { end -= 1 }
    let cut = Int.random(in: 0..<end, using: &generator)
    return Mutant(name: "truncated to \(cut) bytes", bytes: Array(original[..<cut]), knownInvalid: true)
  }

  /// The value at `path` replaced by one of another type.
  mutating func typeSwap(at path: [Int]) -> Mutant {
    let current = tree.value(at: path)
    var choices: [JSONTree] = [
      .null, .bool(true), .number("7"), .number("-1.5"), .string(""), .string("x"), .array([]),
      .array([.number("1")]), .object([]), .object([(key: "x", value: .null)]),
    ]
    choices.removeAll { sameType($0, current) }
    let swap = choices.randomElement(using: &generator)!
    return make("type swap at \(path) to \(swap.text)", tree.replacing(at: path) { _ in swap })
  }

  private func sameType(_ a: JSONTree, _ b: JSONTree) -> Bool {
    switch (a, b) {
    case (.null, .null), (.bool, .bool), (.number, .number), (.string, .string), (.array, .array),
      (.object, .object):
      true
    default: false
    }
  }

  private mutating func hugeNumber() -> Mutant {
    let numbers = paths.filter { if case .number = tree.value(at: $0) { true } else { false } }
    let path = (numbers.isEmpty ? paths : numbers).randomElement(using: &generator)!
    let number = Mutator.hugeNumbers.randomElement(using: &generator)!
    return make("number \(number) at \(path)", tree.replacing(at: path) { _ in .number(number) })
  }

  private mutating func hugeString() -> Mutant {
    let path = randomPath()
    let length = [100, 5_000, 200_000].randomElement(using: &generator)!
    let unit = ["a", "é", "-", "{x}", "日本"].randomElement(using: &generator)!
    let text = String(repeating: unit, count: length)
    if Bool.random(using: &generator), case .object(var members) = tree.value(at: path), !members.isEmpty {
      let index = Int.random(in: 0..<members.count, using: &generator)
      members[index].key = text
      return make(
        "key of \(length) × '\(unit)' at \(path + [index])",
        tree.replacing(at: path) { _ in .object(members) })
    }
    return make("string of \(length) × '\(unit)' at \(path)", tree.replacing(at: path) { _ in .string(text) })
  }

  private mutating func deepNesting() -> Mutant {
    let path = randomPath()
    let depth = Int.random(in: JSONParser.maximumDepth + 1...JSONParser.maximumDepth * 4, using: &generator)
    let asObjects = Bool.random(using: &generator)
    return make(
      "nested \(depth) deep at \(path)",
      tree.replacing(at: path) { value in
        var nested = value
        for _ in 0..<depth { nested = asObjects ? .object([(key: "k", value: nested)]) : .array([nested]) }
        return nested
      }, knownInvalid: true)
  }

  private mutating func duplicateKey() -> Mutant {
    let objects = paths.filter {
      if case .object(let members) = tree.value(at: $0) { !members.isEmpty } else { false }
    }
    let path = objects.randomElement(using: &generator)!
    guard case .object(var members) = tree.value(at: path) else { return byteFlips() }
    let index = Int.random(in: 0..<members.count, using: &generator)
    var copy = members[index]
    if case .string(let text) = copy.value { copy.value = .string(text + " (again)") }
    members.insert(copy, at: Int.random(in: index + 1...members.count, using: &generator))
    return make(
      "key '\(copy.key)' repeated at \(path)", tree.replacing(at: path) { _ in .object(members) },
      knownInvalid: true)
  }

  /// A run of the file copied over another place: structure that is almost right.
  private mutating func splice() -> Mutant {
    var bytes = original
    let length = Int.random(in: 1...min(64, bytes.count), using: &generator)
    let from = Int.random(in: 0...(bytes.count - length), using: &generator)
    let to = Int.random(in: 0...(bytes.count - length), using: &generator)
    bytes.replaceSubrange(to..<to + length, with: original[from..<from + length])
    return Mutant(name: "\(length) bytes from \(from) copied to \(to)", bytes: bytes, knownInvalid: false)
  }
}
