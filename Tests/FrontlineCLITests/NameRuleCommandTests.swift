import Foundation
import Testing

/// Every command takes a name by the same rule, at its edge: trimmed, and refused (never rewritten)
/// when empty, with a control character, or over 80 characters.
@Suite struct NameRuleCommandTests {
  /// An environment with no remembered name, no trainee and no database from the developer's own.
  private func isolated(_ folder: URL) -> [String: String] {
    [
      "HOME": folder.path, "XDG_CONFIG_HOME": "", "XDG_DATA_HOME": "", "XDG_STATE_HOME": "",
      "FRONTLINE_TRAINEE": "", "FRONTLINE_DATABASE": "",
    ]
  }

  @Test func longNamesThatShareABeginningAreNotOneTrainee() async throws {
    let (path, folder) = try await FrontlineProcess.seededDatabase([("Dana", 1)], lead: "Lee")
    defer { try? FileManager.default.removeItem(at: folder) }
    let stem = String(repeating: "x", count: 80)
    for command in [
      ["history", "--trainee", stem + "alice"], ["progress", "--trainee", stem + "bob"],
      ["report", "--trainee", stem + "alice"], ["promote", stem + "bob", "--reviewer", "Lee"],
      ["dispute", "1", "--reason", "x", "--trainee", stem + "alice"],
      ["practice", "--trainee", stem + "alice"],
    ] {
      let outcome = try await FrontlineProcess.run(command + ["--database", path], stdin: "quit\n")
      #expect(outcome.status != 0, "\(command[0])")
      #expect(
        outcome.stderr.contains("--trainee: a name has at most 80 characters, and this one has 8")
          || outcome.stderr.contains("the trainee: a name has at most 80 characters"),
        "\(command[0]): \(outcome.stderr)")
    }
    let ok = try await FrontlineProcess.run(["history", "--trainee", stem, "--database", path])
    #expect(ok.status == 0, "\(ok.stderr)")
  }

  @Test func spacesAroundANameAreDroppedByEveryCommand() async throws {
    let (path, folder) = try await FrontlineProcess.seededDatabase([("dana", 2)], lead: "Lee")
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = ["--database", path]
    let report = try await FrontlineProcess.run(["report", "--trainee", "dana ", "--format", "json"] + db)
    #expect(report.status == 0, "\(report.stderr)")
    let history = try await FrontlineProcess.run(["history", "--trainee", " dana", "--format", "json"] + db)
    let attempts = try #require(try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [Any])
    #expect(attempts.count == 2)
    let promoted = try await FrontlineProcess.run(
      ["promote", "dana ", "--reviewer", " Lee ", "--force", "--reason", "pilot"] + db)
    #expect(promoted.stdout.contains("dana is now an Agent (approved by Lee, forced)."), "\(promoted.stderr)")
    let progress = try await FrontlineProcess.run(["progress", "--trainee", "dana", "--format", "json"] + db)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(progress.stdout.utf8)) as? [String: Any])
    #expect(object["level"] as? String == "agent")
  }

  @Test func anEmptyNameIsAnErrorNotTheRememberedName() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "frontline-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent(".config/frontline"), withIntermediateDirectories: true)
    try "Remembered\n".write(
      to: folder.appendingPathComponent(".config/frontline/trainee"), atomically: true, encoding: .utf8)
    let db = ["--database", folder.appendingPathComponent("p.sqlite").path]
    for command in [
      ["practice", "--trainee", ""], ["history", "--trainee", "  "], ["report", "--trainee", ""],
    ] {
      let outcome = try await FrontlineProcess.run(
        command + db, stdin: "quit\n", environment: isolated(folder))
      #expect(outcome.status != 0, "\(command)")
      #expect(outcome.stderr.contains("--trainee: a name cannot be empty"), "\(command): \(outcome.stderr)")
      #expect(!outcome.stdout.contains("Remembered"))
    }
    let remembered = try await FrontlineProcess.run(db, stdin: "quit\n", environment: isolated(folder))
    #expect(remembered.stdout.contains("practising as Remembered"), "\(remembered.stderr)")
  }

  @Test func aNameWithControlCharactersIsRefusedAndNothingIsRecorded() async throws {
    let (path, folder) = try await FrontlineProcess.seededDatabase([("Dana", 1)], lead: "Lee")
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = ["--database", path]
    let promote = try await FrontlineProcess.run(
      ["promote", "nobody\u{1B}[2J", "--reviewer", "Lee", "--force", "--reason", "x"] + db)
    #expect(promote.status != 0)
    #expect(
      promote.stderr.contains(
        "the trainee: a name cannot contain control characters, and this one has U+001B at character 7"))
    let review = try await FrontlineProcess.run(
      ["review", "1", "--reviewer", "Lee\u{1B}[2J", "--note", "fine"] + db)
    #expect(review.status != 0)
    #expect(review.stderr.contains("--reviewer: a name cannot contain control characters"))
    let environment = try await FrontlineProcess.run(
      ["history"] + db, environment: ["FRONTLINE_TRAINEE": "Dana\u{7}"])
    #expect(environment.stderr.contains("FRONTLINE_TRAINEE: a name cannot contain control characters"))
    let dispute = try await FrontlineProcess.run(
      ["dispute", "1", "--reason", "x", "--trainee", "Da\tna"] + db)
    #expect(dispute.stderr.contains("--trainee: a name cannot contain control characters"))
    for outcome in [promote, review, environment, dispute] {
      #expect(!outcome.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }
    let report = try await FrontlineProcess.run(["report", "--format", "json"] + db)
    #expect(!report.stdout.contains("nobody"), "no trainee was created")
    let transcript = try await FrontlineProcess.run(["review", "1", "--format", "json"] + db)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(transcript.stdout.utf8)) as? [String: Any])
    #expect((document["reviews"] as? [Any])?.isEmpty == true, "no review was recorded")
  }

  @Test func aJapaneseNamePractisesAndIsFoundByEveryCommand() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "frontline-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = ["--database", folder.appendingPathComponent("p.sqlite").path]
    let session = try await FrontlineProcess.run(
      ["--trainee", "田中 花子"] + db, stdin: "start late-delivery-refund\n/abandon\nquit\n",
      environment: isolated(folder))
    #expect(session.stdout.contains("practising as 田中 花子"), "\(session.stderr)")
    let history = try await FrontlineProcess.run(
      ["history", "--format", "json"] + db, environment: ["FRONTLINE_TRAINEE": "田中 花子"])
    let attempts = try #require(try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [Any])
    #expect(attempts.count == 1)
    let report = try await FrontlineProcess.run(["report", "--trainee", "田中 花子"] + db)
    #expect(report.status == 0, "\(report.stderr)")
  }
}
