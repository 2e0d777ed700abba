import Foundation
import Testing

/// A team leader reads a transcript, settles a dispute with an override, and approves a promotion;
/// everything is recorded and the original kept.
@Suite struct ReviewCommandTests {
  /// A history with Dana's attempts, and Lee recorded as a team leader.
  private func database() async throws -> (path: String, folder: URL) {
    let (path, folder) = try await FrontlineProcess.seededDatabase([("Dana", 2)])
    let lead = try await FrontlineProcess.run(["admin", "add-lead", "Lee", "--database", path])
    #expect(lead.status == 0, "\(lead.stderr)")
    return (path, folder)
  }

  @Test func aDisputeIsSettledWithAnOverrideAndTheOriginalIsKept() async throws {
    let (path, folder) = try await database()
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = ["--database", path]
    let transcript = try await FrontlineProcess.run(["review", "1"] + db)
    #expect(transcript.stdout.contains("Turn 1 · opening"))
    #expect(transcript.stdout.contains("Reply: I'm so sorry, Dana. I've issued a full refund."))
    let other = try await FrontlineProcess.run(["dispute", "1", "--reason", "x", "--trainee", "Sam"] + db)
    #expect(other.status != 0)
    #expect(other.stderr.contains("attempt 1 is Dana's; only its trainee can dispute it"))
    let dispute = try await FrontlineProcess.run(
      ["dispute", "1", "--reason", "I did offer the refund", "--trainee", "Dana"] + db)
    #expect(dispute.status == 0)
    let queue = try await FrontlineProcess.run(["review", "--queue", "--format", "json"] + db)
    let pending = try #require(
      try JSONSerialization.jsonObject(with: Data(queue.stdout.utf8)) as? [String: Any])
    let waiting = try #require((pending["disputes"] as? [[String: Any]])?.first)
    #expect(waiting["reason"] as? String == "I did offer the refund")
    let since = try #require((waiting["waitingSince"] as? String).flatMap(ISO8601DateFormatter().date(from:)))
    #expect(abs(since.timeIntervalSinceNow) < 600)
    #expect((waiting["waitingDays"] as? Double).map { $0 >= 0 && $0 < 0.01 } == true)
    // A person reads when each item began to wait, and for how long.
    let queueText = try await FrontlineProcess.run(["review", "--queue"] + db)
    #expect(queueText.stdout.contains("I did offer the refund"))
    #expect(
      queueText.stdout.contains(", waiting under a minute") || queueText.stdout.contains(", waiting 1 minute")
    )
    #expect(queueText.stdout.contains("disputed 2"))
    let noReason = try await FrontlineProcess.run(
      ["review", "1", "--reviewer", "Lee", "--accept", "--override", "accuracy=90"] + db)
    #expect(noReason.status != 0)
    #expect(noReason.stderr.contains("needs --reason"))
    let accepted = try await FrontlineProcess.run(
      [
        "review", "1", "--reviewer", "Lee", "--accept", "--override", "accuracy=90", "--override",
        "passed=true",
        "--reason", "the refund was offered",
      ] + db)
    #expect(accepted.status == 0, "\(accepted.stderr)")
    #expect(accepted.stdout.contains("Dispute #1 accepted."))
    let history = try await FrontlineProcess.run(["history", "--trainee", "Dana", "--format", "json"] + db)
    let attempts = try #require(
      try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [[String: Any]])
    let first = try #require(attempts.first { $0["id"] as? Int == 1 })
    #expect(first["overridden"] as? Bool == true)
    #expect(first["passed"] as? Bool == true)
    #expect(first["originalPassed"] as? Bool == false)
    let after = try await FrontlineProcess.run(["review", "--queue", "--format", "json"] + db)
    let settled = try #require(
      try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [String: Any])
    #expect((settled["disputes"] as? [[String: Any]])?.isEmpty == true)
    let text = try await FrontlineProcess.run(["review", "1"] + db)
    #expect(text.stdout.contains("(overridden; originally FAIL"))
    #expect(text.stdout.contains("Review by Lee"))
  }

  @Test func aPromotionIsRefusedWithWhatIsMissingUnlessForced() async throws {
    let (path, folder) = try await database()
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = ["--database", path]
    let refused = try await FrontlineProcess.run(["promote", "Dana", "--reviewer", "Lee"] + db)
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("Dana does not meet the requirements of Agent yet:"))
    #expect(refused.stderr.contains("Pass 3 different inquiry scenarios: 0 of 3"))
    let forced = try await FrontlineProcess.run(
      ["promote", "Dana", "--reviewer", "Lee", "--force", "--reason", "pilot"] + db)
    #expect(forced.status == 0)
    #expect(forced.stdout.contains("Dana is now an Agent (approved by Lee, forced)."))
    let progress = try await FrontlineProcess.run(["progress", "--trainee", "Dana", "--format", "json"] + db)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(progress.stdout.utf8)) as? [String: Any])
    #expect(object["level"] as? String == "agent")
  }
}
