import Foundation
import Testing

/// Where the history and the remembered name live (the XDG base directories under `$HOME`), and what
/// a command says when the place is wrong: what is wrong, and what to do.
@Suite struct DataPathCommandTests {
  private func home() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "frontline-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// Only `HOME` and what is given: no XDG variable, database or trainee from the developer's own.
  private func environment(_ home: URL, _ extra: [String: String] = [:]) -> [String: String] {
    [
      "HOME": home.path, "XDG_CONFIG_HOME": "", "XDG_DATA_HOME": "", "XDG_STATE_HOME": "",
      "FRONTLINE_TRAINEE": "", "FRONTLINE_DATABASE": "",
    ].merging(extra) { $1 }
  }

  @Test func theDefaultDatabaseIsUnderHome() async throws {
    let home = try home()
    defer { try? FileManager.default.removeItem(at: home) }
    let outcome = try await FrontlineProcess.run(
      ["history", "--trainee", "Dana"], environment: environment(home))
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(FileManager.default.fileExists(atPath: home.path + "/.local/share/frontline/frontline.sqlite"))
  }

  @Test func aRelativeXDGDataHomeIsIgnored() async throws {
    let home = try home()
    defer { try? FileManager.default.removeItem(at: home) }
    let outcome = try await FrontlineProcess.run(
      ["history", "--trainee", "Dana"], environment: environment(home, ["XDG_DATA_HOME": "relative/data"]),
      in: home.path)
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(FileManager.default.fileExists(atPath: home.path + "/.local/share/frontline/frontline.sqlite"))
    #expect(!FileManager.default.fileExists(atPath: home.path + "/relative"))
  }

  @Test func eachWrongPlaceIsNamedWithWhatToDo() async throws {
    let home = try home()
    defer { try? FileManager.default.removeItem(at: home) }
    let file = home.path + "/plain-file"
    _ = FileManager.default.createFile(atPath: file, contents: Data("x".utf8))
    let readOnly = getuid() == 0 ? "/sys" : home.path + "/read-only"
    if getuid() != 0 {
      try FileManager.default.createDirectory(atPath: readOnly, withIntermediateDirectories: true)
      chmod(readOnly, 0o555)
    }
    defer { chmod(readOnly, 0o755) }
    let cases: [(arguments: [String], extra: [String: String], expected: [String])] = [
      (
        ["--database", readOnly + "/progress.sqlite"], [:],
        ["the folder \(readOnly) is not writable", "Give a file in a writable folder with --database PATH."]
      ),
      (["--database", home.path], [:], ["\(home.path) is a folder, not a file"]),
      (["--database", ""], [:], ["--database is empty: give a SQLite file or a postgres:// address"]),
      (
        ["--database", "/dev/null"], [:],
        ["/dev/null is not a regular file (it is a device, a pipe or a socket)"]
      ),
      (
        [], ["XDG_DATA_HOME": file],
        ["\(file) is a file, not a folder", "It is the default, under XDG_DATA_HOME (\(file))"]
      ),
      (
        [], ["FRONTLINE_DATABASE": home.path],
        ["is a folder, not a file", "It comes from FRONTLINE_DATABASE"]
      ),
    ]
    for (arguments, extra, expected) in cases {
      let outcome = try await FrontlineProcess.run(
        ["history", "--trainee", "Dana"] + arguments, environment: environment(home, extra))
      #expect(outcome.status != 0, "\(arguments) \(extra)")
      for text in expected {
        #expect(outcome.stderr.contains(text), "\(arguments) \(extra): \(outcome.stderr)")
      }
      for vague in ["unable to open database file", "WAL", "NSCocoaErrorDomain"] {
        #expect(!outcome.stderr.contains(vague), "\(arguments) \(extra): \(outcome.stderr)")
      }
    }
  }

  // SQLite's write-ahead log goes beside the database: a readable file in a read-only folder fails.
  @Test(.enabled(if: getuid() != 0, "root may write in any folder, and /sys holds no database"))
  func aDatabaseInAReadOnlyFolderSaysWhyTheFolderMatters() async throws {
    let home = try home()
    defer {
      chmod(home.path + "/ro", 0o755)
      try? FileManager.default.removeItem(at: home)
    }
    let path = home.path + "/ro/progress.sqlite"
    let made = try await FrontlineProcess.run(["history", "--trainee", "Dana", "--database", path])
    #expect(made.status == 0)
    chmod(home.path + "/ro", 0o555)
    let outcome = try await FrontlineProcess.run(["history", "--trainee", "Dana", "--database", path])
    #expect(outcome.stderr.contains("-wal and -shm files"), "\(outcome.stderr)")
  }

  @Test func aScriptIsNeverAskedForAName() async throws {
    let home = try home()
    defer { try? FileManager.default.removeItem(at: home) }
    let outcome = try await FrontlineProcess.run(
      ["--database", home.path + "/p.sqlite"], stdin: "quit\nstart late-delivery-refund\n",
      environment: environment(home))
    #expect(outcome.status != 0)
    #expect(!outcome.stdout.contains("practising as quit"))
    #expect(
      outcome.stderr.contains(
        "say who is practising: --trainee NAME, or set FRONTLINE_TRAINEE. Standard input is not a terminal"),
      "\(outcome.stderr)")
    #expect(!FileManager.default.fileExists(atPath: home.path + "/.config/frontline/trainee"))
  }
}
