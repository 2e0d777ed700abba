import FrontlineHistory
internal import GRDB

/// Whether a row holds what Frontline writes, checked before it is read: GRDB's typed reads stop
/// the process on a value of the wrong type, and a row edited by hand must not do that.
enum RowCheck {
  /// Whether `row` of `table` is intact; a damaged one is said on standard error, with its id.
  static func intact(
    _ row: Row, table: String, required: [(String, any DatabaseValueConvertible.Type)],
    optional: [(String, any DatabaseValueConvertible.Type)] = []
  ) -> Bool {
    guard let column = damaged(row, required: required, optional: optional) else { return true }
    let id: DatabaseValue = row["id"] ?? .null
    SQLiteStore.warn(
      StoreError.damagedRow(table: table, id: id.description, detail: "\(column) is damaged").description)
    return false
  }

  /// The first column (by name or index) whose value is missing or not of its type, or `nil`.
  static func damaged<Key: RowIndex>(
    _ row: Row, required: [(Key, any DatabaseValueConvertible.Type)],
    optional: [(Key, any DatabaseValueConvertible.Type)] = []
  ) -> Key? {
    for (key, type) in required where type.fromDatabaseValue(row.value(at: key)) == nil { return key }
    for (key, type) in optional {
      let value = row.value(at: key)
      if !value.isNull && type.fromDatabaseValue(value) == nil { return key }
    }
    return nil
  }
}

/// A column named or numbered.
protocol RowIndex {}
extension String: RowIndex {}
extension Int: RowIndex {}

extension Row {
  /// The raw value of a column, named or numbered; NULL when there is no such column.
  fileprivate func value<Key: RowIndex>(at key: Key) -> DatabaseValue {
    switch key {
    case let name as String: return self[name] ?? .null
    case let index as Int: return index < count ? self[index] : .null
    default: return .null
    }
  }
}
