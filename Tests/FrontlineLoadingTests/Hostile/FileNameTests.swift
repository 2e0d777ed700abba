import Testing

@testable import FrontlineLoading

/// Issue 12, fault 16: the file-name check compares the last path component, so a bare relative name
/// that matches the id gets no warning.
@Suite struct FileNameTests {
  @Test(arguments: [
    ("mini-refund.json", false), ("./mini-refund.json", false), ("scenarios/mini-refund.json", false),
    ("other.json", true), ("xmini-refund.json", true), ("scenarios/mini-refund.json.bak/x.json", true),
  ])
  func warnsOnlyWhenTheNameDiffers(path: String, warns: Bool) throws {
    let text = try HostileFiles.fixture("scenarios/mini-refund.json")
    let context = Fixtures.libraryContent.flatMap { folder in
      ((try? FileFinder.jsonFiles(at: folder).get()) ?? []).filter { !$0.hasSuffix("mini-refund.json") }
        .map { LoadedFile.load($0, reported: false) }
    }
    let file = LoadedFile.decode(Array(text.utf8), path: path, reported: true)
    var assembly = LibraryAssembly(files: context + [file])
    let warnings = assembly.assemble().filter { $0.message.hasPrefix("the file name does not match") }
    #expect(warnings.count == (warns ? 1 : 0), "\(warnings.map(\.formatted))")
  }
}
