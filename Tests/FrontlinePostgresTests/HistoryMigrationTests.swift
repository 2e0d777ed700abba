import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlinePostgres
import FrontlineSQLite
import FrontlineTestSupport
import Testing

/// `frontline admin migrate`: a whole SQLite history reaches the server unchanged, once.
@Suite(.enabled(if: TestPostgres.available, Comment(rawValue: TestPostgres.unavailable)))
struct HistoryMigrationTests {
  @Test func aCopyIsLosslessAndSafeToRunAgain() throws {
    let (path, folder) = try TestSQLite.temporaryDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    let sqlite = try SQLiteStore(path: path)
    try SampleHistory.write(to: sqlite)
    let target = try TestPostgres.newDatabase()
    defer { TestPostgres.drop(target) }

    let first = try HistoryMigration.copy(from: sqlite, to: target)
    #expect(first.allSatisfy { $0.copied == $0.source && $0.alreadyThere == 0 })
    #expect(first.first { $0.table == "attempt" }?.source == 23)
    let copy = try PostgresStore(location: target)
    let expected = try SampleHistory.answers(sqlite)
    let actual = try SampleHistory.answers(copy)
    #expect(Set(expected.keys) == Set(actual.keys))
    for (question, answer) in expected {
      #expect(SampleHistory.same(answer, actual[question]), "\(question)")
    }

    // Statements exported from the file and from the server get the same ids.
    #expect(try copy.installationNamespace() == sqlite.installationNamespace())

    // Again: nothing new, everything checked.
    let second = try HistoryMigration.copy(from: sqlite, to: target)
    #expect(second.allSatisfy { $0.copied == 0 && $0.alreadyThere == $0.source })

    // New attempts on the server continue after the copied ids.
    let next = try copy.startAttempt(
      NewAttempt(trainee: "Dana", scenario: SyntheticHistory.scenario(), contentHash: "h", mode: .practice))
    #expect(next == 24)
  }

  @Test func aServerWithOtherDataUnderTheSameIdsIsLeftAsItWas() throws {
    let (path, folder) = try TestSQLite.temporaryDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    let sqlite = try SQLiteStore(path: path)
    try SampleHistory.write(to: sqlite)
    let target = try TestPostgres.newDatabase()
    defer { TestPostgres.drop(target) }
    let used = try PostgresStore(location: target)
    try SyntheticHistory.writeAttempt(
      to: used, trainee: "Someone", scenario: SyntheticHistory.scenario(), turns: 1, seed: 1)
    do {
      _ = try HistoryMigration.copy(from: sqlite, to: target)
      Issue.record("a conflicting copy was made")
    } catch {
      #expect(error.description.contains("already holds other data under the same ids"))
      #expect(error.description.contains("trainee 1 has name"))
    }
    #expect(try used.trainees() == ["Someone"])
    #expect(try used.attempts(trainee: "Dana", limit: nil).isEmpty)
  }

  @Test func aServerWithAHistoryOfItsOwnKeepsItsNamespace() throws {
    let (path, folder) = try TestSQLite.temporaryDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    let sqlite = try SQLiteStore(path: path)
    let target = try TestPostgres.newDatabase()
    defer { TestPostgres.drop(target) }
    let used = try PostgresStore(location: target)
    // Ids the file does not use: only the namespaces differ.
    try SyntheticHistory.writeAttempt(
      to: used, trainee: "Someone", scenario: SyntheticHistory.scenario(), turns: 1, seed: 1)
    let own = try used.installationNamespace()
    #expect(own != (try sqlite.installationNamespace()))
    do {
      _ = try HistoryMigration.copy(from: sqlite, to: target)
      Issue.record("a copy into a server with another namespace was made")
    } catch {
      #expect(error.description.contains("the server's history has its own installation namespace"))
    }
    #expect(try used.installationNamespace() == own)
  }
}
