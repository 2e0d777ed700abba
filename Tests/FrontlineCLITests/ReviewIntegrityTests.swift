import Foundation
import Testing

/// What a review may do: only a team leader reviews, never on their own record; a dispute is settled
/// by its id; an override is scored by the attempt's own formula.
@Suite struct ReviewIntegrityTests {
  @Test func aTraineeCannotGradeThemselvesAndOnlyLeadsReview() async throws {
    let (path, folder) = try await FrontlineProcess.seededDatabase([("Sam", 1), ("Dana", 1)])
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = ["--database", path]
    let notALead = try await FrontlineProcess.run(
      ["review", "2", "--reviewer", "Sam", "--override", "passed=true", "--reason", "looks fine"] + db)
    #expect(notALead.status != 0)
    #expect(notALead.stderr.contains("only a team leader may review"))
    #expect(notALead.stderr.contains("frontline admin add-lead NAME"))
    for name in ["Sam", "Lee"] {
      #expect(try await FrontlineProcess.run(["admin", "add-lead", name] + db).status == 0)
    }
    let own = try await FrontlineProcess.run(
      ["review", "1", "--reviewer", "Sam", "--override", "passed=true", "--reason", "I think I did fine"] + db
    )
    #expect(own.status != 0)
    #expect(
      own.stderr.contains("nobody reviews, overrides, settles or approves a promotion on their own record"))
    let selfPromotion = try await FrontlineProcess.run(
      ["promote", "Sam", "--reviewer", "Sam", "--force", "--reason", "me"] + db)
    #expect(selfPromotion.status != 0)
    let history = try await FrontlineProcess.run(["history", "--trainee", "Sam", "--format", "json"] + db)
    let attempts = try #require(
      try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [[String: Any]])
    #expect(attempts.allSatisfy { $0["overridden"] as? Bool == false })
    let other = try await FrontlineProcess.run(
      ["review", "1", "--reviewer", "Lee", "--note", "talk after the shift"] + db)
    #expect(other.status == 0, "\(other.stderr)")
  }

  @Test func disputesAreSettledByIdAndNeverAtRandom() async throws {
    let (path, folder) = try await FrontlineProcess.seededDatabase([("Dana", 1)])
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = ["--database", path]
    #expect(try await FrontlineProcess.run(["admin", "add-lead", "Lee"] + db).status == 0)
    for reason in ["the apology was there", "the route was right"] {
      let filed = try await FrontlineProcess.run(
        ["dispute", "1", "--reason", reason, "--trainee", "Dana"] + db)
      #expect(filed.status == 0, "\(filed.stderr)")
    }
    let unnamed = try await FrontlineProcess.run(
      ["review", "1", "--reviewer", "Lee", "--reject", "--reason", "no"] + db)
    #expect(unnamed.status != 0)
    #expect(unnamed.stderr.contains("attempt 1 has 2 open disputes; say which to reject with --dispute N:"))
    #expect(unnamed.stderr.contains("#1") && unnamed.stderr.contains("the route was right"))
    let rejected = try await FrontlineProcess.run(
      [
        "review", "1", "--reviewer", "Lee", "--reject", "--dispute", "2", "--reason",
        "no transfer was needed",
      ] + db)
    #expect(rejected.status == 0, "\(rejected.stderr)")
    #expect(rejected.stdout.contains("Dispute #2 rejected."))
    let again = try await FrontlineProcess.run(
      [
        "review", "1", "--reviewer", "Lee", "--accept", "--dispute", "2", "--override", "empathy=90",
        "--reason", "x",
      ]
        + db)
    #expect(again.stderr.contains("dispute #2 of attempt 1 is already rejected"))
    let accepted = try await FrontlineProcess.run(
      [
        "review", "1", "--reviewer", "Lee", "--accept", "--override", "empathy=90", "--reason",
        "it was there",
      ] + db)
    #expect(accepted.status == 0, "\(accepted.stderr)")
    #expect(accepted.stdout.contains("Dispute #1 accepted."))
  }

  @Test func anOverrideIsScoredByTheAttemptsOwnFormula() async throws {
    let (path, folder) = try await FrontlineProcess.seededDatabase([("Dana", 1)])
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = ["--database", path]
    #expect(try await FrontlineProcess.run(["admin", "add-lead", "Lee"] + db).status == 0)
    let before = try await FrontlineProcess.run(["review", "1", "--format", "json"] + db)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(before.stdout.utf8)) as? [String: Any])
    let turns = try #require(document["turns"] as? [[String: Any]])
    // Each turn scored again with empathy at 100, by its own weights, then the mean over turns.
    var expected = 0.0
    for turn in turns {
      let score = try #require(turn["score"] as? [String: Any])
      if let critical = score["criticalFailures"] as? [String], !critical.isEmpty {
        expected += score["score"] as? Double ?? 0
        continue
      }
      let categories = try #require(score["categories"] as? [String: Any])
      let values = categories.compactMap { name, value -> Double? in
        name == "empathy" && !(value is NSNull) ? 100 : value as? Double
      }
      expected += (values.reduce(0, +) / Double(values.count) * 10).rounded() / 10
    }
    expected = (expected / Double(turns.count) * 10).rounded() / 10
    let reviewed = try await FrontlineProcess.run(
      ["review", "1", "--reviewer", "Lee", "--override", "empathy=100", "--reason", "warm throughout"] + db)
    #expect(reviewed.status == 0, "\(reviewed.stderr)")
    let history = try await FrontlineProcess.run(["history", "--trainee", "Dana", "--format", "json"] + db)
    let attempt = try #require(
      (try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [[String: Any]])?.first)
    #expect(attempt["score"] as? Double == expected)
    // The verdict follows from the score unless it is overridden itself; a FAIL above the pass mark says why.
    let verdict = try await FrontlineProcess.run(
      ["review", "1", "--reviewer", "Lee", "--override", "passed=false", "--reason", "the refund was wrong"]
        + db)
    #expect(verdict.stdout.contains("— verdict overridden by Lee"))
  }
}
