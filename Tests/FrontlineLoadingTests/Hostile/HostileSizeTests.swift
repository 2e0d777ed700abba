import Foundation
import Testing

@testable import FrontlineLoading

/// Issue 12, fault 10: work stays linear in what a file holds, and messages quote at most a short
/// excerpt. The time limits are generous for a debug build on a busy machine; before the fix each of
/// these took minutes.
@Suite struct HostileSizeTests {
  static let limit = Duration.seconds(20)

  private func timedLoad(_ files: HostileFiles, _ name: String, _ text: String) throws -> (
    LibraryLoader.Result, Duration, String
  ) {
    let path = try files.write(name, text)
    var result: LibraryLoader.Result?
    let elapsed = ContinuousClock().measure { result = files.load([path]) }
    return (result!, elapsed, path)
  }

  @Test func manyUnknownKeysOnOneLine() throws {
    let files = try HostileFiles()
    defer { files.remove() }
    let keys = (0..<30_000).map { "\"unknown-\($0)\": 0" }.joined(separator: ", ")
    let text = HostileFiles.replacing(
      "\"format\": 1,", with: "\"format\": 1, \(keys),",
      in: try HostileFiles.fixture("scenarios/mini-refund.json"))
    let (result, elapsed, path) = try timedLoad(files, "scenarios/mini-refund.json", text)
    #expect(elapsed < Self.limit)
    // The copy keeps the library's id: a file with errors still declares it, so it is a duplicate too.
    var lines = HostileFiles.lines(result, file: path)
    #expect(lines.contains { $0.contains("duplicate scenario id 'mini-refund'") })
    lines.removeAll { $0.contains("duplicate scenario id") }
    #expect(lines.count == 30_000)
    let secondLine = text.split(separator: "\n")[1]
    let column =
      secondLine.distance(
        from: secondLine.startIndex, to: secondLine.range(of: "\"unknown-29999\"")!.lowerBound) + 1
    #expect(
      lines.last?.hasPrefix("2:\(column): error: unknown field 'unknown-29999'") == true,
      "\(lines.last ?? "")")
  }

  @Test func manyStepsInAChain() throws {
    let files = try HostileFiles()
    defer { files.remove() }
    let (result, elapsed, path) = try timedLoad(
      files, "scenarios/chain.json", Self.chain(steps: 5_000, misspelt: false))
    #expect(elapsed < Self.limit)
    #expect(HostileFiles.lines(result, file: path) == [])
    #expect(result.library.scenarios.first { $0.id == "chain" }?.steps.count == 5_000)
  }

  @Test func manyMisspeltGotos() throws {
    let files = try HostileFiles()
    defer { files.remove() }
    let (result, elapsed, path) = try timedLoad(
      files, "scenarios/chain.json", Self.chain(steps: 3_000, misspelt: true))
    #expect(elapsed < Self.limit)
    let lines = HostileFiles.lines(result, file: path)
    #expect(lines.filter { $0.contains("which is neither a step nor an ending") }.count == 2_999)
    #expect(lines.contains { $0.contains("did you mean 'step-2'?") })
  }

  @Test func aHugeUnknownKeyIsQuotedShort() throws {
    let files = try HostileFiles()
    defer { files.remove() }
    let key = String(repeating: "k", count: 2_000_000)
    let text = HostileFiles.replacing(
      "\"format\": 1,", with: "\"format\": 1, \"\(key)\": 0,",
      in: try HostileFiles.fixture("scenarios/mini-refund.json"))
    let (result, elapsed, path) = try timedLoad(files, "scenarios/mini-refund.json", text)
    #expect(elapsed < Self.limit)
    var lines = HostileFiles.lines(result, file: path)
    lines.removeAll { $0.contains("duplicate scenario id 'mini-refund'") }
    #expect(lines.count == 1)
    #expect(lines.allSatisfy { $0.count < 400 }, "\(lines.map(\.count))")
    #expect(lines.first?.contains(String(repeating: "k", count: 79) + "…") == true)
  }

  @Test func anUnknownStepListsAtMostTwentyKnownOnes() throws {
    let files = try HostileFiles()
    defer { files.remove() }
    let chain = try files.write("scenarios/chain.json", Self.chain(steps: 3_000, misspelt: false))
    let rubric = HostileFiles.replacing(
      #""expect": "fail" }"#, with: #""expect": "fail", "scenario": "chain", "step": "zzzz" }"#,
      in: try HostileFiles.fixture("rubrics/refund-basics.json"))
    let path = try files.write("rubrics/refund-basics.json", rubric)
    let result = LibraryLoader.load(paths: [path, chain])
    let lines = HostileFiles.lines(result, file: path).filter { $0.contains("unknown step") }
    #expect(lines.count == 1)
    #expect(
      lines.first?.hasSuffix("step-1015, … (3000 in all) in scenario 'chain' (at examples[1].step)") == true,
      "\(lines)")
  }

  @Test func columnsAreRightOnLongLinesOfMixedText() {
    var generator = SeededGenerator(seed: 12)
    let pieces = ["a", "é", "日本", "😀", "\n", " "]
    let text = (0..<5_000).map { _ in pieces.randomElement(using: &generator)! }.joined()
    let bytes = Array(text.utf8)
    let source = SourceText(bytes: bytes)
    var line = 1
    var column = 1
    for (offset, byte) in bytes.enumerated() {
      if byte & 0xC0 != 0x80 {
        #expect(source.location(of: offset) == SourcePosition(line: line, column: column))
        if byte == UInt8(ascii: "\n") {
          line += 1
          column = 1
        } else {
          column += 1
        }
      }
    }
    #expect(source.location(of: bytes.count) == SourcePosition(line: line, column: column))
  }

  /// A scenario of `steps` steps in a chain, each leading to the next; with `misspelt`, every goto but the
  /// last names a step that does not exist (`stpe-N`).
  static func chain(steps: Int, misspelt: Bool) -> String {
    let list = (1...steps).map { number in
      let target = number == steps ? "done" : (misspelt ? "stpe-\(number + 1)" : "step-\(number + 1)")
      return """
        {"id": "step-\(number)", "messages": "Hello \(number)", "exemplar": "Hi.", "next": [{"goto": "\(target)"}]}
        """
    }
    return """
      {"format": 1, "id": "chain", "title": "Chain", "kind": "inquiry", "difficulty": 1, "channel": "chat",
      "language": "en", "customer": {"name": "Dana Reyes"}, "briefing": "A long call.", "rubrics": ["refund-basics"],
      "steps": [
      \(list.joined(separator: ",\n"))
      ],
      "endings": [{"id": "done", "outcome": "resolved", "messages": "Bye."}]}
      """
  }
}
