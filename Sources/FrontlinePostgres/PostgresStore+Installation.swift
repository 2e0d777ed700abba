import Foundation
import FrontlineHistory
import FrontlineModel
import PostgresNIO

extension PostgresStore {
  public func installationNamespace() throws(StoreError) -> UUID {
    let text = try session.transaction { statements in
      try statements.row("SELECT namespace FROM installation")?.get(0, as: String.self)
    }
    guard let text, let namespace = UUID(uuidString: text) else {
      throw .damagedRow(
        table: "installation", id: "1",
        detail: text.map { "namespace holds \(Excerpt.of($0)), not a UUID" } ?? "the row is missing")
    }
    return namespace
  }
}
