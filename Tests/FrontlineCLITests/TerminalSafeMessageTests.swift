import Foundation
import Testing

/// Messages built from arguments or from names stored in the database reach the terminal as text:
/// an escape sequence (a screen clear, an OSC 52 clipboard write) is shown as `^[`, never obeyed.
@Suite struct TerminalSafeMessageTests {
  /// A clipboard write (OSC 52) and a screen clear, as a hostile name or argument would carry them.
  static let clipboard = "bob\u{1B}]52;c;ZWNobyBwd25lZA==\u{07}"
  static let clear = "\u{1B}[2J"

  private func expectSafe(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let controls = text.unicodeScalars.filter {
      ($0.value < 0x20 && $0 != "\n") || (0x7F..<0xA0).contains($0.value)
    }
    #expect(
      controls.isEmpty, "\(what) carries \(controls.map { String($0.value, radix: 16) })",
      sourceLocation: sourceLocation)
  }

  @Test func aStoredNameIsShownAsTextByDisputeReviewAndReports() async throws {
    // Names written by an older Frontline, before the name rule, are read as they are.
    let (path, folder) = try await FrontlineProcess.seededDatabase(
      [(Self.clipboard, 1), ("Dana", 1)], lead: "Lee")
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = ["--database", path]
    let dispute = try await FrontlineProcess.run(["dispute", "1", "--reason", "x", "--trainee", "bob"] + db)
    #expect(dispute.status != 0)
    #expect(
      dispute.stderr.contains("attempt 1 is bob^[]52;c;ZWNobyBwd25lZA==^G's; only its trainee can dispute it")
    )
    expectSafe(dispute.stderr, "dispute")
    let fromDana = try await FrontlineProcess.run(
      ["dispute", "2", "--reason", "grade \u{1B}[2J wrong", "--trainee", "Dana"] + db)
    #expect(fromDana.status == 0, "\(fromDana.stderr)")
    for command in [
      ["review", "1"], ["review", "2"], ["review", "--queue"], ["report"], ["report", "--trainee", "Dana"],
    ] {
      let outcome = try await FrontlineProcess.run(command + db)
      #expect(outcome.status == 0, "\(command): \(outcome.stderr)")
      expectSafe(outcome.stdout + outcome.stderr, command.joined(separator: " "))
    }
  }

  @Test func argumentsEchoedInMessagesAreShownAsText() async throws {
    let (path, folder) = try await FrontlineProcess.seededDatabase([("Dana", 1)], lead: "Lee")
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = ["--database", path]
    let runs: [[String]] = [
      ["promote", "Dana", "--reviewer", "Lee", "--level", "boss" + Self.clear],
      ["review", "1", "--reviewer", "Lee", "--override", "empathy" + Self.clear + "=80", "--reason", "r"],
      ["review", "1", "--reviewer", "Lee", "--override", "empathy=" + Self.clear, "--reason", "r"],
      ["review", "1", "--reviewer", "Lee", "--override", Self.clear, "--reason", "r"],
      ["report", "--trainee", "Dana", "--level", "x" + Self.clear],
      ["report", "--trainee", "Nobody"],
      ["score", "nope" + Self.clear, "--response", "hi"],
      ["promote", Self.clipboard, "--reviewer", "Lee"],
    ]
    for arguments in runs {
      let outcome = try await FrontlineProcess.run(arguments + db)
      #expect(outcome.status != 0, "\(arguments)")
      #expect(!outcome.stderr.isEmpty, "\(arguments)")
      expectSafe(outcome.stdout + outcome.stderr, arguments.joined(separator: " "))
    }
    let folderPath = folder.appendingPathComponent("db" + Self.clear).path
    try FileManager.default.createDirectory(atPath: folderPath, withIntermediateDirectories: true)
    let notAFile = try await FrontlineProcess.run(["history", "--trainee", "Dana", "--database", folderPath])
    #expect(notAFile.stderr.contains("db^[[2J is a folder, not a file"), "\(notAFile.stderr)")
    expectSafe(notAFile.stderr, "history --database FOLDER")
    let recorded = try await FrontlineProcess.run(
      ["review", "1", "--reviewer", "Lee", "--note", "n" + Self.clear] + db)
    #expect(recorded.stdout.contains("Recorded review #1 of attempt #1 by Lee."), "\(recorded.stderr)")
    let transcript = try await FrontlineProcess.run(["review", "1"] + db)
    #expect(transcript.stdout.contains("n^[[2J"))
    expectSafe(transcript.stdout, "review 1")
  }

  @Test func promotionMessagesShowTheNamesAsText() async throws {
    let (path, folder) = try await FrontlineProcess.seededDatabase([("Dana", 1)], lead: "Lee")
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = ["--database", path]
    let refused = try await FrontlineProcess.run(["promote", "Dana", "--reviewer", "Lee"] + db)
    #expect(refused.stderr.contains("Dana does not meet the requirements of Agent yet:"))
    expectSafe(refused.stderr, "promote refusal")
    let forced = try await FrontlineProcess.run(
      ["promote", "Dana", "--reviewer", "Lee", "--force", "--reason", Self.clear] + db)
    #expect(forced.stdout.contains("Dana is now an Agent (approved by Lee, forced)."))
    expectSafe(forced.stdout, "promote")
  }
}
