import Foundation
import FrontlineHistory
import PostgresNIO

/// Copies a whole history from another store (a SQLite file) to a PostgreSQL database, keeping every id, in one
/// transaction: all of it or nothing. Every row is read back from the server and compared with the
/// original before the copy is committed. Running it again copies nothing and checks everything
/// again; a row that exists on the server with other content stops the copy.
public enum HistoryMigration {
  /// What was copied, per table.
  public struct TableCount: Sendable, Equatable {
    public var table: String
    /// Rows in the SQLite file.
    public var source: Int
    /// Rows added to the server by this run.
    public var copied: Int
    /// Rows the server already had, identical.
    public var alreadyThere: Int
  }

  static let batchSize = 500

  package static func copy(
    from source: some PortableHistorySource, to location: PostgresLocation,
    progress: (String) -> Void = { _ in }
  ) throws(StoreError) -> [TableCount] {
    let session = PostgresSession(location: location)
    try PostgresSchema.check(session)
    return try session.transaction { statements in
      // Finished attempts' turns are copied after the attempts; the rule that refuses a turn for a
      // closed attempt is for new turns, so it is off inside this transaction only.
      try statements.execute(
        "ALTER TABLE turn DISABLE TRIGGER turn_needs_open_attempt", within: Statements.long)
      let namespace = try Namespace(statements)
      var counts: [TableCount] = []
      for table in PortableHistory.tables {
        var count = TableCount(table: table.name, source: try source.count(table), copied: 0, alreadyThere: 0)
        try source.forEachBatch(of: table, size: batchSize) { rows in
          count.copied += try insert(rows, into: table, statements)
          try verify(rows, in: table, statements)
        }
        count.alreadyThere = count.source - count.copied
        progress("\(table.name): \(count.copied) copied, \(count.alreadyThere) already there")
        counts.append(count)
      }
      try namespace.adopt(try source.installationNamespace(), statements)
      try statements.execute("ALTER TABLE turn ENABLE TRIGGER turn_needs_open_attempt")
      for table in PortableHistory.tables where table.hasSequence {
        try statements.execute(
          PostgresQuery(
            unsafeSQL: """
              SELECT setval(pg_get_serial_sequence('\(table.name)', 'id'),
                GREATEST((SELECT MAX(id) FROM \(table.name)), 1))
              """))
      }
      return counts
    }
  }

  /// The server's namespace for xAPI statement ids, as it was before the copy.
  struct Namespace {
    var current: String
    /// Whether the server held no attempts: a new database, whose namespace nothing used yet.
    var unused: Bool

    init(_ statements: Statements) throws {
      guard
        let row = try statements.row(
          "SELECT namespace, NOT EXISTS (SELECT 1 FROM attempt) FROM installation WHERE id = 1")
      else {
        throw StoreError.damagedRow(table: "installation", id: "1", detail: "the row is missing")
      }
      current = try row.get(0, as: String.self)
      unused = try row.get(1, as: Bool.self)
    }

    /// Gives the server the file's namespace, so that statements exported before and after the copy
    /// keep their ids. A server that held attempts before keeps its own: when it differs, the copy
    /// is refused.
    func adopt(_ namespace: UUID, _ statements: Statements) throws {
      if UUID(uuidString: current) == namespace { return }
      guard unused else {
        throw StoreError.database(
          "the server's history has its own installation namespace for xAPI statement ids (\(current)), "
            + "the file another (\(namespace.uuidString.lowercased())), so the copy was not made. "
            + "Copy into a new database (`frontline admin init` on an empty one).")
      }
      try statements.execute(
        "UPDATE installation SET namespace = \(namespace.uuidString.lowercased()) WHERE id = 1")
    }
  }

  /// Inserts the rows not on the server yet; returns how many.
  static func insert(
    _ rows: [[PortableHistory.Value]], into table: PortableHistory.Table, _ statements: Statements
  ) throws -> Int {
    var bindings = PostgresBindings(capacity: rows.count * table.columns.count)
    var tuples: [String] = []
    for row in rows {
      var placeholders: [String] = []
      for value in row {
        try bind(value, to: &bindings)
        placeholders.append("$\(bindings.count)")
      }
      tuples.append("(" + placeholders.joined(separator: ", ") + ")")
    }
    let sql = """
      INSERT INTO \(table.name) (\(table.columns.map(\.name).joined(separator: ", ")))
      VALUES \(tuples.joined(separator: ", "))
      ON CONFLICT DO NOTHING RETURNING 1
      """
    return try statements.rows(PostgresQuery(unsafeSQL: sql, binds: bindings), within: Statements.long).count
  }

  /// Reads the rows back by key and compares them with the originals.
  static func verify(
    _ rows: [[PortableHistory.Value]], in table: PortableHistory.Table, _ statements: Statements
  ) throws {
    let keyIndexes = table.key.map { key in table.columns.firstIndex { $0.name == key }! }
    func key(_ row: [PortableHistory.Value]) -> [Int64] {
      keyIndexes.map { if case .integer(let value) = row[$0] { value } else { -1 } }
    }
    var bindings = PostgresBindings()
    for (position, _) in keyIndexes.enumerated() { bindings.append(rows.map { key($0)[position] }) }
    let unnest = (1...keyIndexes.count).map { "$\($0)::int8[]" }.joined(separator: ", ")
    let sql = """
      SELECT \(table.columns.map(\.name).joined(separator: ", ")) FROM \(table.name)
      WHERE (\(table.key.joined(separator: ", "))) IN (SELECT * FROM unnest(\(unnest)))
      """
    var stored: [[Int64]: [PortableHistory.Value]] = [:]
    for row in try statements.rows(PostgresQuery(unsafeSQL: sql, binds: bindings), within: Statements.long) {
      var values: [PortableHistory.Value] = []
      for (index, column) in table.columns.enumerated() { values.append(try value(row, index, column.kind)) }
      stored[key(values)] = values
    }
    var differences: [String] = []
    for row in rows {
      let name = "\(table.name) \(key(row).map(String.init).joined(separator: "/"))"
      guard let copy = stored[key(row)] else {
        differences.append("\(name) is missing after the copy")
        continue
      }
      for (index, column) in table.columns.enumerated() where !row[index].sameAs(copy[index]) {
        differences.append(
          "\(name) has \(column.name) \(copy[index]) on the server, \(row[index]) in the file")
      }
    }
    guard differences.isEmpty else {
      throw StoreError.database(
        "the server already holds other data under the same ids, so the copy was not made: "
          + differences.prefix(5).joined(separator: "; ")
          + (differences.count > 5 ? "; and \(differences.count - 5) more" : "")
          + ". Copy into a new database (`frontline admin init` on an empty one).")
    }
  }

  static func bind(_ value: PortableHistory.Value, to bindings: inout PostgresBindings) throws {
    switch value {
    case .null: bindings.appendNull()
    case .integer(let number): bindings.append(number)
    case .real(let number): bindings.append(number)
    case .text(let text): bindings.append(text)
    case .bool(let flag): bindings.append(flag)
    case .date(let date): bindings.append(date)
    }
  }

  static func value(_ row: PostgresRandomAccessRow, _ index: Int, _ kind: PortableHistory.Kind) throws
    -> PortableHistory.Value
  {
    switch kind {
    case .integer: try row.get(index, as: Int64?.self).map { .integer($0) } ?? .null
    case .real: try row.get(index, as: Double?.self).map { .real($0) } ?? .null
    case .text: try row.get(index, as: String?.self).map { .text($0) } ?? .null
    case .bool: try row.get(index, as: Bool?.self).map { .bool($0) } ?? .null
    case .date: try row.get(index, as: Date?.self).map { .date($0) } ?? .null
    }
  }
}
