import Foundation
import FrontlineHistory
import Testing

/// What stands in the way of a file, said plainly.
@Suite struct FilePlaceTests {
  private func folder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-\(UUID().uuidString)")
      .path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test func namesWhatIsNotAFile() throws {
    let base = try folder()
    defer { try? FileManager.default.removeItem(atPath: base) }
    #expect(FilePlace.checkFile("") == .emptyPath)
    #expect(FilePlace.checkFile(base) == .isFolder(base))
    #expect(FilePlace.checkFile("/dev/null") == .notRegularFile("/dev/null"))
    #expect(FilePlace.checkFile(base + "/new.sqlite") == nil)
    #expect(FilePlace.writeProblem(base + "/new.sqlite") == nil)
    #expect(
      !FileManager.default.fileExists(atPath: base + "/new.sqlite"), "finding out leaves nothing behind")
  }

  @Test func makesFoldersAndSaysWhichPartIsAFile() throws {
    let base = try folder()
    defer { try? FileManager.default.removeItem(atPath: base) }
    try FilePlace.makeFolders(for: base + "/a/b/c/file")
    #expect(FileManager.default.fileExists(atPath: base + "/a/b/c"))
    _ = FileManager.default.createFile(atPath: base + "/plain", contents: Data())
    #expect(throws: FilePlace.Problem.notAFolder(base + "/plain")) {
      try FilePlace.makeFolders(for: base + "/plain/frontline/frontline.sqlite")
    }
  }

  @Test func writesAFileWhole() throws {
    let base = try folder()
    defer { try? FileManager.default.removeItem(atPath: base) }
    try FilePlace.write("Dana\n", to: base + "/frontline/trainee")
    #expect(try String(contentsOfFile: base + "/frontline/trainee", encoding: .utf8) == "Dana\n")
    #expect(throws: FilePlace.Problem.isFolder(base + "/frontline")) {
      try FilePlace.write("x", to: base + "/frontline")
    }
  }

  @Test func saysAFolderIsNotWritable() throws {
    // A folder nobody may write in: /sys refuses even root; a folder of mode 555 refuses others.
    let readOnly: String
    var cleanup: String?
    if getuid() == 0 {
      readOnly = "/sys"
    } else {
      let base = try folder()
      chmod(base, 0o555)
      readOnly = base
      cleanup = base
    }
    defer {
      if let cleanup {
        chmod(cleanup, 0o755)
        try? FileManager.default.removeItem(atPath: cleanup)
      }
    }
    #expect(FilePlace.writeProblem(readOnly + "/frontline.sqlite") == .folderNotWritable(readOnly))
    #expect(FilePlace.folderProblem(readOnly) == .folderNotWritable(readOnly))
  }
}
