import Foundation
import FrontlineHistory
import FrontlineModel
internal import GRDB

extension SQLiteStore {
  public func installationNamespace() throws(StoreError) -> UUID {
    let text = try reading { db in try String.fetchOne(db, sql: "SELECT namespace FROM installation") }
    guard let text, let namespace = UUID(uuidString: text) else {
      throw .damagedRow(
        table: "installation", id: "1",
        detail: text.map { "namespace holds \(Excerpt.of($0)), not a UUID" } ?? "the row is missing")
    }
    return namespace
  }
}
