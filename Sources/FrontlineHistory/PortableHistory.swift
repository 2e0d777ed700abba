import Foundation

/// The stored history as plain tables, in the order they can be copied (each row's references
/// before it), for copying a history from one store to another.
package enum PortableHistory {
  /// How a column's values are kept.
  package enum Kind: Sendable {
    case integer, real, text, bool, date
  }

  /// One value, whatever the store.
  package enum Value: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case bool(Bool)
    case date(Date)

    /// Equal as stored: dates to the millisecond, which SQLite keeps.
    package func sameAs(_ other: Value) -> Bool {
      switch (self, other) {
      case (.date(let a), .date(let b)): abs(a.timeIntervalSince(b)) < 0.001
      default: self == other
      }
    }
  }

  /// A table: its key columns and every column with its kind.
  package struct Table: Sendable {
    package let name: String
    package let key: [String]
    package let columns: [(name: String, kind: Kind)]
    /// Whether `id` is drawn from a sequence on servers.
    package var hasSequence: Bool { key == ["id"] }
  }

  package static let tables: [Table] = [
    Table(name: "trainee", key: ["id"], columns: [("id", .integer), ("name", .text), ("created_at", .date)]),
    Table(
      name: "attempt", key: ["id"],
      columns: [
        ("id", .integer), ("trainee_id", .integer), ("scenario", .text), ("scenario_title", .text),
        ("kind", .text),
        ("difficulty", .integer), ("language", .text), ("content_hash", .text), ("mode", .text),
        ("started_at", .date), ("host", .text), ("pid", .integer), ("closed", .text), ("finished_at", .date),
        ("outcome", .text), ("score", .real), ("passed", .bool), ("categories", .text), ("process", .text),
        ("variant", .text),
      ]),
    Table(
      name: "turn", key: ["attempt_id", "idx"],
      columns: [
        ("attempt_id", .integer), ("idx", .integer), ("step", .text), ("customer", .text), ("reply", .text),
        ("route", .text), ("score", .real), ("passed", .bool), ("result", .text), ("elapsed", .real),
        ("hints", .integer), ("recorded_at", .date), ("lookups", .text),
      ]),
    Table(
      name: "turn_miss", key: ["id"],
      columns: [
        ("id", .integer), ("attempt_id", .integer), ("idx", .integer), ("criterion", .text),
        ("description", .text),
        ("tip", .text), ("rubric", .text),
      ]),
    Table(
      name: "promotion", key: ["id"],
      columns: [
        ("id", .integer), ("trainee_id", .integer), ("level", .text), ("reviewer", .text), ("reason", .text),
        ("forced", .bool), ("recorded_at", .date),
      ]),
    Table(
      name: "dispute", key: ["id"],
      columns: [("id", .integer), ("attempt_id", .integer), ("reason", .text), ("recorded_at", .date)]),
    Table(
      name: "review", key: ["id"],
      columns: [
        ("id", .integer), ("attempt_id", .integer), ("reviewer", .text), ("overrides", .text),
        ("reason", .text),
        ("note", .text), ("dispute_id", .integer), ("decision", .text), ("recorded_at", .date),
      ]),
  ]
}

/// A store whose history can be read as plain tables, to be copied to another store.
package protocol PortableHistorySource {
  /// How many rows `table` holds.
  func count(_ table: PortableHistory.Table) throws(StoreError) -> Int
  /// Every row of `table`, in key order, `size` rows at a time, from one snapshot.
  func forEachBatch(
    of table: PortableHistory.Table, size: Int, _ body: ([[PortableHistory.Value]]) throws -> Void
  ) throws(StoreError)
  /// The namespace of the history's xAPI statement ids, which the copy keeps.
  func installationNamespace() throws(StoreError) -> UUID
}
