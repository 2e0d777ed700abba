import Foundation
import FrontlineModel
import Testing

@testable import FrontlineLoading

@Suite struct LibraryLoaderTests {
  @Test func loadsTheFixtureLibraryWithoutProblems() throws {
    let result = LibraryLoader.load(paths: Fixtures.libraryContent)
    #expect(result.diagnostics.map(\.formatted) == [])
    #expect(result.fileCount == 4)
    let scenario = try #require(result.library.scenario("mini-refund"))
    #expect(scenario.customer.givenName == "Dana")
    #expect(scenario.customer.familyName == "Reyes")
    #expect(scenario.customer.mood == .angry)
    #expect(scenario.steps.map(\.id) == ["opening", "second-chance"])
    #expect(scenario.steps[1].messages.count == 2)
    #expect(scenario.steps[1].timeLimit == TimeLimit(seconds: 60, penalty: 20))
    #expect(scenario.steps[0].next[1].condition?.missed == ["no-blame"])
    #expect(scenario.steps[0].next[0].moodChange == 2)
    let rubric = try #require(result.library.rubric("refund-basics"))
    #expect(rubric.categories.map(\.weight) == [40, 40, 20])
    #expect(rubric.criteria.map(\.check.kindName) == ["any", "all", "none", "route"])
    #expect(rubric.criteria[2].critical)
    #expect(result.library.departments.map(\.id) == ["billing", "supervisor"])
    #expect(result.library.ladder?.levels.map(\.id) == ["trainee", "agent"])
  }

  @Test func theBundledLibraryHasNoErrors() {
    let library = Fixtures.repository
    let result = LibraryLoader.load(paths: LibraryLocator.contentPaths(of: library))
    let errors = result.diagnostics.filter { $0.severity == .error }.map(\.formatted)
    #expect(errors == [])
    #expect(result.library.scenarios.count >= 16)
  }

  @Test func refusesAHugeFileWithoutReadingIt() throws {
    let folder = try Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("huge.json").path
    let chunk = Data(repeating: UInt8(ascii: " "), count: 1 << 20)
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    let handle = try #require(FileHandle(forWritingAtPath: path))
    handle.write(Data("[".utf8))
    for _ in 0..<50 { handle.write(chunk) }
    handle.write(Data("]".utf8))
    try handle.close()
    let result = LibraryLoader.load(paths: [path])
    #expect(
      result.diagnostics.map(\.message) == ["the file is 50.0 MB; authored files are limited to 10.0 MB"])
  }

  @Test func survivesArraysNested100000Deep() throws {
    let folder = try Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("deep.json").path
    let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let result = LibraryLoader.load(paths: [path])
    #expect(
      result.diagnostics.map(\.formatted) == [
        "\(path):1:65: error: malformed JSON: arrays and objects are nested more than 64 levels deep"
      ])
  }

  @Test func reportsADirectoryWhereAFileIsExpected() {
    let library = Fixtures.root + "/dir-library"
    let result = LibraryLoader.load(paths: LibraryLocator.contentPaths(of: library))
    #expect(
      result.diagnostics.map(\.formatted).contains(
        "\(library)/scenarios/not-a-file.json: error: is a directory, but a JSON file is expected here"))
  }

  @Test func reportsAMissingPath() {
    let result = LibraryLoader.load(paths: ["/no/such/scenario.json"])
    #expect(
      result.diagnostics.map(\.formatted) == ["/no/such/scenario.json: error: no such file or directory"])
    #expect(result.errorCount == 1)
  }

  @Test func reportsEveryBrokenFileInOneRun() {
    let result = LibraryLoader.load(paths: [Fixtures.root + "/broken"], contextPaths: Fixtures.libraryContent)
    let files = Set(result.diagnostics.filter { $0.severity == .error }.map(\.file))
    #expect(files.count == 11)
  }
}

/// Damaged versions of a real scenario: truncated anywhere, bytes changed anywhere. Loading never
/// crashes and always says what is wrong.
@Suite struct DamagedFileTests {
  static let original = try! [UInt8](
    Data(contentsOf: URL(fileURLWithPath: Fixtures.library + "/scenarios/mini-refund.json")))

  private func load(_ bytes: [UInt8]) throws -> LibraryLoader.Result {
    let folder = try Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("damaged.json").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return LibraryLoader.load(paths: [path], contextPaths: Fixtures.libraryContent)
  }

  @Test func truncatedAnywhereIsAnErrorNeverACrash() throws {
    for length in stride(from: 0, to: Self.original.count - 1, by: 37) {
      let result = try load(Array(Self.original.prefix(length)))
      #expect(result.errorCount > 0, "truncated at \(length)")
      #expect(result.diagnostics.allSatisfy { $0.location != nil && !$0.message.isEmpty })
    }
  }

  @Test func changedBytesNeverCrash() throws {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<60 {
      var bytes = Self.original
      for _ in 0..<3 {
        bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(
          in: 0...255, using: &generator)
      }
      let result = try load(bytes)
      #expect(result.diagnostics.allSatisfy { !$0.message.isEmpty })
    }
  }
}
