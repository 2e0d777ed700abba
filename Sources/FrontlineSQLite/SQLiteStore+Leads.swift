import Foundation
import FrontlineHistory
internal import GRDB

extension SQLiteStore {
  /// Records `name` as a team leader: on a SQLite file, only leads may review, settle disputes and
  /// approve promotions (never on their own record). Recording a lead twice changes nothing.
  public func addLead(_ name: String, at date: Date = Date()) throws(StoreError) {
    try writing { db in
      try db.execute(
        sql: "INSERT INTO lead (name, added_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
        arguments: [name, date])
    }
  }

  /// The team leaders recorded in the file, sorted.
  public func leads() throws(StoreError) -> [String] {
    try reading { db in try String.fetchAll(db, sql: "SELECT name FROM lead ORDER BY name") }
  }
}
