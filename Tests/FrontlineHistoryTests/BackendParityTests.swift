import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineTestSupport
import Testing

/// The same history written to SQLite and to PostgreSQL answers every question alike: the two
/// stores are interchangeable to everything above the storage interface.
@Suite(.enabled(if: TestPostgres.available, Comment(rawValue: TestPostgres.unavailable)))
struct BackendParityTests {
  @Test func bothBackendsAnswerEveryQueryAlike() throws {
    let sqlite = try StoreBackend.sqlite.makeStore()
    let postgres = try StoreBackend.postgres.makeStore()
    try SampleHistory.write(to: sqlite.store)
    try SampleHistory.write(to: postgres.store)
    let expected = try SampleHistory.answers(sqlite.store)
    let actual = try SampleHistory.answers(postgres.store)
    #expect(expected.count > 60)
    #expect(Set(expected.keys) == Set(actual.keys))
    for (question, answer) in expected.sorted(by: { $0.key < $1.key }) {
      #expect(
        SampleHistory.same(answer, actual[question]),
        "\(question): \(answer) ≠ \(String(describing: actual[question]))")
    }
  }
}
