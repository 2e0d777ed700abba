import Foundation
import Testing

@testable import FrontlineLoading

/// Seeded mutants of every bundled file, loaded with the rest of the bundled library: byte flips,
/// truncations, type swaps, huge numbers and strings, deep nesting, duplicate keys and spliced runs.
///
/// A crash would kill the test process; each mutant must load within a time budget, and a mutant the
/// loader refuses must come with at least one diagnostic that says where. Messages stay short however
/// long the text they quote. `FRONTLINE_FUZZ_MUTANTS=2000 swift test --filter MutationFuzzTests` runs
/// more mutants per file.
///
/// The budget is measured in the CPU time of the thread that loads, so other tests running at the
/// same time on a busy machine cannot make a fast load look slow.
@Suite struct MutationFuzzTests {
  /// Every bundled scenario and rubric, the ladder and the department catalog.
  static let bundled: [String] = ["scenarios", "rubrics"].flatMap { folder in
    let path = Fixtures.repository + "/" + folder
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted().map { path + "/" + $0 }
  }

  /// About 2,000 mutants in all by default, however many files the library has, and at least 20 of
  /// each file.
  static let mutantsPerFile =
    ProcessInfo.processInfo.environment["FRONTLINE_FUZZ_MUTANTS"].flatMap(Int.init)
    ?? max(20, 2_000 / max(1, bundled.count))

  /// Loading one mutant, however hostile, takes no more CPU time than this, even in a debug build.
  static let timeBudget = Duration.seconds(5)

  /// No message quotes more than a short excerpt of what was written.
  static let longestMessage = 1_000

  @Test func everyFileKindIsBundled() {
    let names = Self.bundled.map { URL(fileURLWithPath: $0).lastPathComponent }
    #expect(names.contains("ladder.json"))
    #expect(names.contains("departments.json"))
    #expect(Self.bundled.contains { $0.contains("/scenarios/") })
    #expect(Self.bundled.count > 10)
  }

  @Test(arguments: bundled)
  func mutantsAreReportedWithoutCrashOrHang(file: String) throws {
    let bytes = try #require(FileManager.default.contents(atPath: file)).map { $0 }
    var mutator = try Mutator(bytes: bytes, seed: Self.seed(for: file))
    let context = Self.context(without: file)
    for number in 0..<Self.mutantsPerFile {
      check(mutator.mutant(number), file: file, context: context)
    }
  }

  /// The smallest file of each kind gets a type swap at every JSON path it has.
  @Test(arguments: ["mini-refund.json", "refund-basics.json", "ladder.json", "departments.json"])
  func typeSwapsAtEveryPath(name: String) throws {
    let file = Fixtures.library + (name == "mini-refund.json" ? "/scenarios/" : "/rubrics/") + name
    let bytes = try #require(FileManager.default.contents(atPath: file)).map { $0 }
    var mutator = try Mutator(bytes: bytes, seed: Self.seed(for: file))
    let context = Self.libraryFixture.filter { $0.path != file }
    for path in mutator.paths.dropFirst() {
      check(mutator.typeSwap(at: path), file: file, context: context)
    }
  }

  private func check(_ mutant: Mutant, file: String, context: [LoadedFile]) {
    let start = Self.threadCPUTime()
    let loaded = LoadedFile.decode(mutant.bytes, path: file, reported: true)
    var assembly = LibraryAssembly(files: context + [loaded])
    let diagnostics = assembly.assemble().filter { $0.file == file }
    let elapsed = Self.threadCPUTime() - start
    let name = "\(URL(fileURLWithPath: file).lastPathComponent): \(mutant.name)"
    #expect(elapsed < Self.timeBudget, "\(name) took \(elapsed)")
    if mutant.knownInvalid {
      #expect(loaded.content == nil, "\(name) was accepted")
    }
    if loaded.content == nil {
      #expect(
        diagnostics.contains { $0.severity == .error && $0.location != nil },
        "\(name) was refused without a positioned error: \(diagnostics.map(\.formatted))")
    }
    for diagnostic in diagnostics {
      #expect(
        diagnostic.message.count + diagnostic.path.description.count <= Self.longestMessage,
        "\(name): a message of \(diagnostic.message.count) characters: \(diagnostic.message.prefix(300))")
    }
  }

  /// The CPU time the calling thread has used so far.
  private static func threadCPUTime() -> Duration {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
  }

  /// A seed that depends only on the file's name, so a failure repeats on every machine.
  private static func seed(for file: String) -> UInt64 {
    URL(fileURLWithPath: file).lastPathComponent.utf8.reduce(0xCBF2_9CE4_8422_2325) {
      ($0 ^ UInt64($1)) &* 0x100_0000_01B3
    }
  }

  /// The bundled library without `file`, loaded once, so references from a mutant resolve.
  private static func context(without file: String) -> [LoadedFile] {
    bundledFiles.filter { $0.path != file }
  }

  private static let bundledFiles = bundled.map { LoadedFile.load($0, reported: false) }
  private static let libraryFixture = Fixtures.libraryContent.flatMap { folder in
    ((try? FileFinder.jsonFiles(at: folder).get()) ?? []).map { LoadedFile.load($0, reported: false) }
  }
}
