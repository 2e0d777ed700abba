import Foundation
import FrontlineHistory
import FrontlineTestSupport
import Testing

@testable import FrontlinePostgres
@testable import FrontlineSQLite

/// The backends every store test runs on: SQLite always, PostgreSQL when the test command started
/// a server.
enum StoreBackend: String, CaseIterable, CustomTestStringConvertible, Sendable {
  case sqlite
  case postgres

  static var available: [StoreBackend] { TestPostgres.available ? [.sqlite, .postgres] : [.sqlite] }

  var testDescription: String { rawValue }

  /// A new, empty store, opened as its owner.
  func makeStore() throws -> TestStore {
    switch self {
    case .sqlite:
      let (path, folder) = try TestSQLite.temporaryDatabase()
      let store = try SQLiteStore(path: path)
      return TestStore(
        store: store, execute: { sql in try store.execute(sql) },
        remove: { try? FileManager.default.removeItem(at: folder) })
    case .postgres:
      let location = try TestPostgres.newDatabase()
      let session = PostgresSession(location: location)
      return TestStore(
        store: try PostgresStore(location: location),
        execute: { sql in try session.transaction { try $0.script(sql) } },
        remove: { TestPostgres.drop(location) })
    }
  }
}

/// A store for one test, with a way to run SQL by hand as its owner.
final class TestStore {
  let store: any HistorySeeding
  /// Runs SQL written by hand, bypassing Frontline.
  let execute: (String) throws -> Void
  private let remove: () -> Void

  init(store: any HistorySeeding, execute: @escaping (String) throws -> Void, remove: @escaping () -> Void) {
    self.store = store
    self.execute = execute
    self.remove = remove
  }

  deinit { remove() }
}
