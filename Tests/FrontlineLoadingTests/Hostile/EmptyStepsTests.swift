import Testing

@testable import FrontlineLoading

/// Issue 12, fault 5: a scenario without usable steps is a positioned error, never a crash, and the rest
/// of the library still loads.
@Suite struct EmptyStepsTests {
  static let cases: [(name: String, steps: String?, expected: String)] = [
    ("empty array", "[]", "14:12: error: 'steps' must not be empty (at steps)"),
    ("null", "null", "14:12: error: 'steps' must be an array, found null (at steps)"),
    ("object", "{}", "14:12: error: 'steps' must be an array, found an object (at steps)"),
    ("number", "3", "14:12: error: 'steps' must be an array, found a number (at steps)"),
    ("missing", nil, "1:1: error: missing required field 'steps'"),
  ]

  @Test(arguments: cases.map(\.name))
  func stepsThatAreNotAListOfStepsAreReported(name: String) throws {
    let testCase = Self.cases.first { $0.name == name }!
    let files = try HostileFiles()
    defer { files.remove() }
    let original = try HostileFiles.fixture("scenarios/mini-refund.json")
    let start = original.range(of: "\"steps\": [")!.lowerBound
    let end = original.range(of: "\"endings\"")!.lowerBound
    let replacement = testCase.steps.map { "\"steps\": \($0),\n  " } ?? ""
    var text = original
    text.replaceSubrange(start..<end, with: replacement)
    text = HostileFiles.replacing("\"id\": \"mini-refund\"", with: "\"id\": \"no-steps\"", in: text)
    let broken = try files.write("scenarios/no-steps.json", text)
    let valid = try files.write("scenarios/mini-refund-copy.json", original)
    let result = LibraryLoader.load(paths: [broken], contextPaths: [valid] + Fixtures.libraryContent)
    let lines = HostileFiles.lines(result, file: broken)
    #expect(lines.contains(testCase.expected), "\(lines)")
    #expect(result.library.scenarios.map(\.id).contains("mini-refund"))
    #expect(!result.library.scenarios.map(\.id).contains("no-steps"))
  }

  @Test func anEmptyObjectInScenariosIsReported() throws {
    let files = try HostileFiles()
    defer { files.remove() }
    let path = try files.write("scenarios/empty.json", "{}")
    let result = files.load([files.folder.appendingPathComponent("scenarios").path])
    let lines = HostileFiles.lines(result, file: path)
    #expect(lines.contains("1:1: error: missing required field 'steps'"), "\(lines)")
    #expect(result.library.scenarios.map(\.id) == ["mini-refund"])
  }
}
