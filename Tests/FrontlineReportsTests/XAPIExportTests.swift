import Foundation
import FrontlineModel
import Testing

@testable import FrontlineHistory
@testable import FrontlineReports

/// The statements of `export --xapi`: ids, revisions and voiding, languages, practice and exams.
@Suite struct XAPIExportTests {
  static let namespace = UUID(uuidString: "0f5e4b1c-7a52-4d9e-9d43-6a1c2b3e4f50")!
  static let export = XAPIExport(homePage: "https://lms.example.com", namespace: namespace)
  static let finished = Date(timeIntervalSince1970: 1_795_000_000)

  static func attempt(
    _ id: Int64 = 7, language: String = "en", title: String = "Late parcel", mode: AttemptMode = .practice
  ) -> AttemptRecord {
    let categories: [String: Double?] = ["empathy": 60, "accuracy": 75.5, "routing": nil]
    return AttemptRecord(
      id: id, trainee: "Dana", scenario: "late-parcel", scenarioTitle: title, kind: .complaint,
      difficulty: 1, language: language, contentHash: "h", mode: mode, startedAt: finished - 270,
      finishedAt: finished, status: .finished, outcome: .resolved, score: 64, passed: false,
      categories: categories, turnCount: 2, originalScore: 64, originalPassed: false,
      originalCategories: categories, overridden: false)
  }

  static func review(
    _ id: Int64, overrides: [String: Double] = [:], passed: Bool? = nil, score: Double? = nil,
    at offset: Double
  ) -> ReviewRecord {
    ReviewRecord(
      id: id, attempt: 7, reviewer: "Lee", categoryOverrides: overrides, passedOverride: passed,
      effectiveScore: score, reason: overrides.isEmpty && passed == nil ? nil : "reviewed",
      recordedAt: finished + offset)
  }

  /// The statements as the JSON objects a store receives.
  static func objects(_ statements: [XAPIStatement]) throws -> [[String: Any]] {
    try #require(
      try JSONSerialization.jsonObject(with: XAPIStatement.json(statements, pretty: false))
        as? [[String: Any]])
  }

  /// The statement of the grade in force of `attempt`, as a JSON object.
  static func current(_ attempt: AttemptRecord, reviews: [ReviewRecord] = []) throws -> [String: Any] {
    let exported = try #require(export.statements(for: attempt, reviews: reviews))
    return try #require(try objects(exported.statements).first)
  }

  @Test func nameBasedUUIDsMatchTheRFCsAlgorithm() {
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
    let dns = UUID(uuidString: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")!
    #expect(
      NameBasedUUID.make(namespace: dns, name: "python.org").uuidString.lowercased()
        == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
    #expect(
      NameBasedUUID.make(namespace: dns, name: "www.example.com").uuidString.lowercased()
        == "2ed6657d-e927-568b-95e1-2665a8aea6a2")
  }

  @Test func idsAreStableAndDistinctAcrossInstallationsAttemptsAndRevisions() {
    // The same on every run and build: fixed by the namespace, the attempt and the revision.
    #expect(
      Self.export.statementID(attempt: 7, revision: 0)
        == NameBasedUUID.make(namespace: Self.namespace, name: "attempt/7/revision/0"))
    let other = XAPIExport(homePage: "https://lms.example.com", namespace: UUID())
    var ids: Set<UUID> = []
    for export in [Self.export, other] {
      for attempt: Int64 in 1...3 {
        for revision in 0...2 {
          ids.insert(export.statementID(attempt: attempt, revision: revision))
          ids.insert(export.voidingID(attempt: attempt, revision: revision))
        }
      }
    }
    #expect(ids.count == 2 * 3 * 3 * 2)
    #expect(ids.allSatisfy { $0.uuidString.lowercased().dropFirst(14).first == "5" })
  }

  @Test func anUnreviewedAttemptIsOneStatementOfItsOriginalGrade() throws {
    let exported = try #require(Self.export.statements(for: Self.attempt(), reviews: []))
    #expect(exported.changedAt == Self.finished)
    let statement = try #require(try Self.objects(exported.statements).first)
    #expect(exported.statements.count == 1)
    #expect(
      statement["id"] as? String == Self.export.statementID(attempt: 7, revision: 0).uuidString.lowercased())
    #expect(
      (statement["verb"] as? [String: Any])?["id"] as? String == "http://adlnet.gov/expapi/verbs/failed")
    #expect(statement["timestamp"] as? String == "2026-11-18T11:06:40Z")
    let account = (statement["actor"] as? [String: Any])?["account"] as? [String: String]
    #expect(account == ["homePage": "https://lms.example.com", "name": "Dana"])
    let result = try #require(statement["result"] as? [String: Any])
    #expect(result["duration"] as? String == "PT4M30S")
    let extensions = try #require(result["extensions"] as? [String: Any])
    #expect(
      extensions["https://lms.example.com/xapi/extensions/categories"] as? [String: Double]
        == ["empathy": 60, "accuracy": 75.5])
    #expect(statement["stored"] == nil && statement["authority"] == nil && statement["version"] == nil)
  }

  @Test func anOverrideIsANewRevisionAndVoidsTheOneItSupersedes() throws {
    let reviews = [
      Self.review(1, at: 60),  // accepts the grade: no revision
      Self.review(2, overrides: ["empathy": 90], passed: true, score: 80, at: 120),
      Self.review(3, overrides: ["empathy": 90], passed: true, score: 80, at: 180),  // the same again
    ]
    let exported = try #require(Self.export.statements(for: Self.attempt(), reviews: reviews))
    #expect(exported.changedAt == Self.finished + 120)
    let statements = try Self.objects(exported.statements)
    #expect(statements.count == 2)
    let current = statements[0]
    #expect(
      current["id"] as? String == Self.export.statementID(attempt: 7, revision: 1).uuidString.lowercased())
    #expect((current["verb"] as? [String: Any])?["id"] as? String == "http://adlnet.gov/expapi/verbs/passed")
    let result = try #require(current["result"] as? [String: Any])
    #expect((result["score"] as? [String: Any])?["raw"] as? Double == 80)
    #expect(
      (result["extensions"] as? [String: Any])?["https://lms.example.com/xapi/extensions/categories"]
        as? [String: Double] == ["empathy": 90, "accuracy": 75.5])
    #expect(
      ((current["context"] as? [String: Any])?["extensions"] as? [String: Any])?[
        "https://lms.example.com/xapi/extensions/revision"] as? Int == 1)
    let void = statements[1]
    #expect(void["id"] as? String == Self.export.voidingID(attempt: 7, revision: 0).uuidString.lowercased())
    #expect((void["verb"] as? [String: Any])?["id"] as? String == "http://adlnet.gov/expapi/verbs/voided")
    #expect(
      void["object"] as? [String: String]
        == [
          "objectType": "StatementRef",
          "id": Self.export.statementID(attempt: 7, revision: 0).uuidString.lowercased(),
        ])
    #expect((void["actor"] as? [String: Any])?["name"] as? String == "Lee")
    #expect(void["timestamp"] as? String == "2026-11-18T11:08:40Z")
    // A later change voids both earlier grades.
    let again = reviews + [Self.review(4, overrides: ["empathy": 50], score: 61, at: 240)]
    let third = try #require(Self.export.statements(for: Self.attempt(), reviews: again))
    #expect(
      third.statements.map(\.id)
        == [
          Self.export.statementID(attempt: 7, revision: 2), Self.export.voidingID(attempt: 7, revision: 0),
          Self.export.voidingID(attempt: 7, revision: 1),
        ].map { $0.uuidString.lowercased() })
  }

  @Test func theSameHistoryGivesTheSameBytes() throws {
    let reviews = [Self.review(2, overrides: ["empathy": 90], passed: true, score: 80, at: 120)]
    let first = try XAPIStatement.json(
      try #require(Self.export.statements(for: Self.attempt(), reviews: reviews)).statements, pretty: false)
    let second = try XAPIStatement.json(
      try #require(Self.export.statements(for: Self.attempt(), reviews: reviews)).statements, pretty: false)
    #expect(first == second)
  }

  @Test func aJapaneseScenarioIsNamedAndDisplayedInJapanese() throws {
    let attempt = Self.attempt(language: "ja", title: "荷物の遅延")
    let statement = try Self.current(attempt)
    let definition = (statement["object"] as? [String: Any])?["definition"] as? [String: Any]
    #expect(definition?["name"] as? [String: String] == ["ja": "荷物の遅延"])
    #expect(
      (statement["verb"] as? [String: Any])?["display"] as? [String: String] == ["en": "failed", "ja": "不合格"])
    #expect((statement["context"] as? [String: Any])?["language"] as? String == "ja")
    let english = try Self.current(Self.attempt())
    let englishName = ((english["object"] as? [String: Any])?["definition"] as? [String: Any])?["name"]
    #expect(englishName as? [String: String] == ["en": "Late parcel"])
    #expect((english["verb"] as? [String: Any])?["display"] as? [String: String] == ["en": "failed"])
  }

  @Test func examsAndPracticeAreToldApart() throws {
    func context(_ mode: AttemptMode) throws -> [String: Any] {
      try #require(try Self.current(Self.attempt(mode: mode))["context"] as? [String: Any])
    }
    let exam = try context(.exam)
    let practice = try context(.practice)
    #expect(
      (exam["extensions"] as? [String: Any])?["https://lms.example.com/xapi/extensions/mode"] as? String
        == "exam")
    #expect(
      (practice["extensions"] as? [String: Any])?["https://lms.example.com/xapi/extensions/mode"] as? String
        == "practice")
    let category = try #require(
      ((exam["contextActivities"] as? [String: Any])?["category"] as? [[String: Any]])?.first)
    #expect(category["id"] as? String == "https://lms.example.com/modes/exam")
    #expect(
      (category["definition"] as? [String: Any])?["type"] as? String
        == "http://adlnet.gov/expapi/activities/assessment")
    let practiceCategory =
      ((practice["contextActivities"] as? [String: Any])?["category"] as? [[String: Any]])?
      .first
    #expect(practiceCategory?["id"] as? String == "https://lms.example.com/modes/practice")
  }

  @Test func batchesKeepAnAttemptsStatementsTogether() throws {
    let reviews = [Self.review(2, overrides: ["empathy": 90], passed: true, score: 80, at: 120)]
    let attempts = try (1...5).map { id in
      var attempt = Self.attempt(Int64(id))
      attempt.id = Int64(id)
      let own = reviews.map { review in
        var review = review
        review.attempt = Int64(id)
        return review
      }
      return try #require(Self.export.statements(for: attempt, reviews: id.isMultiple(of: 2) ? own : []))
    }
    let batches = XAPIBatch.batches(attempts, size: 3)
    #expect(batches.map(\.attempts) == [[1, 2], [3, 4], [5]])
    #expect(batches.map(\.statements.count) == [3, 3, 1])
    #expect(XAPIBatch.batches(attempts, size: 1).map(\.attempts) == [[1], [2], [3], [4], [5]])
  }

  @Test func theHomePageMustBeAnAbsoluteWebAddress() throws {
    #expect(
      try XAPIAddress.homePage("https://lms.example.com/frontline/", from: "--home-page")
        == "https://lms.example.com/frontline")
    #expect(try XAPIAddress.homePage("http://intranet", from: "--home-page") == "http://intranet")
    for (bad, message) in [
      (
        "lms.example.com",
        "--home-page must be an absolute http or https URL, such as https://lms.example.com/frontline: got 'lms.example.com'"
      ),
      (
        "ftp://lms.example.com",
        "--home-page must be an absolute http or https URL, such as https://lms.example.com/frontline: got 'ftp://lms.example.com'"
      ),
      (
        "https://",
        "--home-page must be an absolute http or https URL, such as https://lms.example.com/frontline: got 'https://'"
      ),
      (
        "https://lms.example.com/?x=1",
        "--home-page must not have a query or a fragment: 'https://lms.example.com/?x=1'"
      ),
      (
        "https://dana:secret@lms.example.com",
        "--home-page must not hold a user name or password: give them with --user or FRONTLINE_XAPI_USER"
      ),
    ] {
      #expect(throws: XAPIAddress.Problem(description: message)) {
        try XAPIAddress.homePage(bad, from: "--home-page")
      }
    }
  }

  @Test func theStoreAddressNamesItsStatementsResource() throws {
    #expect(
      try XAPIAddress.statements("http://127.0.0.1:8100/xAPI", from: "--post").absoluteString
        == "http://127.0.0.1:8100/xAPI/statements")
    #expect(
      try XAPIAddress.statements("https://lrs.example.com/xAPI/", from: "--post").absoluteString
        == "https://lrs.example.com/xAPI/statements")
    #expect(
      try XAPIAddress.statements("https://lrs.example.com/data/xAPI/statements", from: "--post")
        .absoluteString
        == "https://lrs.example.com/data/xAPI/statements")
    #expect(throws: XAPIAddress.Problem.self) {
      try XAPIAddress.statements("lrs.example.com/xAPI", from: "--post")
    }
  }
}
