/// A regular expression compiled to instructions for a backtracking machine that remembers the
/// states it has tried (as RE2's BitState does), so that no pattern takes more than
/// O(instructions × text length) steps.
final class RegexProgram: Sendable {
  enum Instruction: Sendable {
    case scalar(Unicode.Scalar)
    case set(Int)
    case any
    /// Try `first`, then `second`.
    case split(Int, Int)
    case jump(Int)
    case boundary(Bool)
    case start
    case end
    case match
  }

  let instructions: [Instruction]
  let sets: [ScalarSet]
  /// The ASCII bitmaps of `sets`.
  let bitmaps: [(UInt64, UInt64)]
  /// For each instruction, its number among the `split`s (or -1): only splits are remembered as tried,
  /// since every loop passes through one.
  let splitNumbers: [Int]
  let splitCount: Int
  /// Literal strings one of which every match starts with, when they can be known: starts that begin
  /// with none of them are skipped without running the machine.
  let prefixes: [[Unicode.Scalar]]?
  /// The scalars a match can start with, when they can be known, to skip hopeless starts fast.
  let firstScalars: ScalarSet?

  /// Programs larger than this run on ICU instead.
  static let maximumSize = 4000

  init(_ node: RegexNode) throws(RegexParser.Unsupported) {
    var builder = Builder()
    try builder.emit(node)
    builder.instructions.append(.match)
    guard builder.instructions.count <= Self.maximumSize else { throw RegexParser.Unsupported() }
    instructions = builder.instructions
    sets = builder.sets
    bitmaps = builder.sets.map(\.ascii)
    var numbers: [Int] = []
    var splits = 0
    for instruction in builder.instructions {
      if case .split = instruction {
        numbers.append(splits)
        splits += 1
      } else {
        numbers.append(-1)
      }
    }
    splitNumbers = numbers
    splitCount = splits
    prefixes = Self.prefixes(node).flatMap { $0.isEmpty || $0.contains(where: \.isEmpty) ? nil : $0 }
    if let leading = Self.leadingScalars(node) {
      var set = ScalarSet()
      set.ranges = leading.map { $0.value...$0.value }
      set.finish()
      firstScalars = set
    } else {
      firstScalars = nil
    }
  }

  /// Literal strings one of which every match starts with.
  private static func prefixes(_ node: RegexNode) -> [[Unicode.Scalar]]? {
    switch node {
    case .scalar(let scalar): return [[scalar]]
    case .alternation(let branches):
      var all: [[Unicode.Scalar]] = []
      for branch in branches {
        guard let found = prefixes(branch) else { return nil }
        all += found
      }
      return all
    case .concat(let items):
      var rest = items.drop { if case .wordBoundary = $0 { true } else { false } }
      guard let first = rest.first, var found = prefixes(first) else { return nil }
      rest = rest.dropFirst()
      // A single literal continues with the plain scalars that follow it.
      if found.count == 1 {
        while case .scalar(let scalar)? = rest.first {
          found[0].append(scalar)
          rest = rest.dropFirst()
        }
      }
      return found
    default: return nil
    }
  }

  /// The scalars every match must start with, or `nil` when a match can start otherwise (or be empty).
  private static func leadingScalars(_ node: RegexNode) -> [Unicode.Scalar]? {
    switch node {
    case .scalar(let scalar): return [scalar]
    case .concat(let items):
      // Zero-width word boundaries at the front do not consume.
      guard let first = items.first(where: { if case .wordBoundary = $0 { false } else { true } }) else {
        return nil
      }
      return leadingScalars(first)
    case .alternation(let branches):
      var all: [Unicode.Scalar] = []
      for branch in branches {
        guard let leading = leadingScalars(branch) else { return nil }
        all += leading
      }
      return all
    case .repetition(let inner, let min, _, _) where min > 0: return leadingScalars(inner)
    default: return nil
    }
  }

  /// Emits instructions for a syntax tree.
  private struct Builder {
    var instructions: [Instruction] = []
    var sets: [ScalarSet] = []

    mutating func emit(_ node: RegexNode) throws(RegexParser.Unsupported) {
      guard instructions.count <= RegexProgram.maximumSize else { throw RegexParser.Unsupported() }
      switch node {
      case .empty: break
      case .scalar(let scalar): instructions.append(.scalar(scalar))
      case .set(let set):
        sets.append(set)
        instructions.append(.set(sets.count - 1))
      case .any: instructions.append(.any)
      case .wordBoundary(let flag): instructions.append(.boundary(flag))
      case .start: instructions.append(.start)
      case .end: instructions.append(.end)
      case .concat(let items):
        for item in items { try emit(item) }
      case .alternation(let branches):
        var jumps: [Int] = []
        for (number, branch) in branches.enumerated() {
          if number < branches.count - 1 {
            let split = instructions.count
            instructions.append(.split(split + 1, -1))
            try emit(branch)
            jumps.append(instructions.count)
            instructions.append(.jump(-1))
            instructions[split] = .split(split + 1, instructions.count)
          } else {
            try emit(branch)
          }
        }
        for jump in jumps { instructions[jump] = .jump(instructions.count) }
      case .repetition(let inner, let min, let max, let greedy):
        for _ in 0..<min { try emit(inner) }
        if let max {
          var splits: [Int] = []
          for _ in min..<max {
            splits.append(instructions.count)
            instructions.append(.split(-1, -1))
            try emit(inner)
          }
          for split in splits {
            instructions[split] =
              greedy ? .split(split + 1, instructions.count) : .split(instructions.count, split + 1)
          }
        } else {
          let split = instructions.count
          instructions.append(.split(-1, -1))
          try emit(inner)
          instructions.append(.jump(split))
          instructions[split] =
            greedy ? .split(split + 1, instructions.count) : .split(instructions.count, split + 1)
        }
      }
    }
  }
}
