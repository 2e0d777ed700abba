import Foundation
import FrontlineHistory
internal import GRDB

extension SQLiteStore: PortableHistorySource {
  /// How many rows `table` holds.
  package func count(_ table: PortableHistory.Table) throws(StoreError) -> Int {
    try reading { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table.name)") ?? 0 }
  }

  /// Every row of `table`, in key order, `size` rows at a time, from one snapshot.
  package func forEachBatch(
    of table: PortableHistory.Table, size: Int, _ body: ([[PortableHistory.Value]]) throws -> Void
  ) throws(StoreError) {
    try reading { db in
      let columns = table.columns.map(\.name).joined(separator: ", ")
      let cursor = try Row.fetchCursor(
        db, sql: "SELECT \(columns) FROM \(table.name) ORDER BY \(table.key.joined(separator: ", "))")
      var batch: [[PortableHistory.Value]] = []
      while let row = try cursor.next() {
        var values: [PortableHistory.Value] = []
        for (index, column) in table.columns.enumerated() {
          if row.hasNull(atIndex: index) {
            values.append(.null)
            continue
          }
          switch column.kind {
          case .integer: values.append(.integer(row[index]))
          case .real: values.append(.real(row[index]))
          case .text: values.append(.text(row[index]))
          case .bool: values.append(.bool(row[index]))
          case .date: values.append(.date(row[index]))
          }
        }
        batch.append(values)
        if batch.count == size {
          try body(batch)
          batch.removeAll(keepingCapacity: true)
        }
      }
      if !batch.isEmpty { try body(batch) }
    }
  }
}
