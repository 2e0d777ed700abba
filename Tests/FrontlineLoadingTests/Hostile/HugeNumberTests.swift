import Testing

@testable import FrontlineLoading

/// Issue 12, fault 6: whole numbers at and past 2^63 are out-of-range errors, not a trap converting them.
@Suite struct HugeNumberTests {
  static let cases: [(old: String, new: String, expected: String)] = [
    (
      "\"format\": 1", "\"format\": 9223372036854775807",
      "2:13: error: 'format' must be a whole number of at least 1, found 9.223372036854776e+18 (at format)"
    ),
    (
      "\"format\": 1", "\"format\": 9.223372036854775807e18",
      "2:13: error: 'format' must be a whole number of at least 1, found 9.223372036854776e+18 (at format)"
    ),
    (
      "\"difficulty\": 1", "\"difficulty\": -9223372036854775809",
      "6:17: error: 'difficulty' must be a whole number from 1 to 5, found -9.223372036854776e+18 (at difficulty)"
    ),
    (
      "\"mood\": 2", "\"mood\": 1e300",
      "20:67: error: 'mood' must be a whole number from -5 to 5, found 1e+300 (at steps[0].next[0].mood)"
    ),
    (
      "\"any\": [\"yes\", \"refund*\"]", "\"length\": { \"max\": 9223372036854775808 }",
      "36:30: error: 'max' must be a whole number of at least 0, found 9.223372036854776e+18 (at steps[1].criteria[0].length.max)"
    ),
  ]

  @Test(arguments: cases.indices)
  func outOfRangeWholeNumbersAreReported(index: Int) throws {
    let testCase = Self.cases[index]
    let files = try HostileFiles()
    defer { files.remove() }
    let text = HostileFiles.replacing(
      testCase.old, with: testCase.new, in: try HostileFiles.fixture("scenarios/mini-refund.json"))
    let path = try files.write("scenarios/mini-refund.json", text)
    let result = files.load([path])
    let lines = HostileFiles.lines(result, file: path)
    #expect(lines.contains(testCase.expected), "\(lines)")
  }

  @Test func aHugeNumberInOneFileLeavesTheRestOfTheLibraryUsable() throws {
    let files = try HostileFiles()
    defer { files.remove() }
    let original = try HostileFiles.fixture("scenarios/mini-refund.json")
    try files.write("scenarios/mini-refund.json", original)
    let broken = HostileFiles.replacing(
      "\"format\": 1", with: "\"format\": 9223372036854775807",
      in: HostileFiles.replacing("mini-refund", with: "huge-format", in: original))
    try files.write("scenarios/huge-format.json", broken)
    let result = LibraryLoader.load(
      paths: [files.folder.appendingPathComponent("scenarios").path],
      contextPaths: [Fixtures.library + "/rubrics"])
    #expect(result.library.scenarios.map(\.id) == ["mini-refund"])
    #expect(result.errorCount >= 1)
  }
}
