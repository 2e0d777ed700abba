import FrontlineHistory
internal import GRDB

extension SQLiteStore {
  /// Runs SQL written by hand, past the store's own statements (the schema's triggers still hold):
  /// for tests that show what the schema refuses.
  func execute(_ sql: String) throws(StoreError) {
    try writing { db in try db.execute(sql: sql) }
  }
}
