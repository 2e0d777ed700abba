import Foundation
import FrontlineHistory
import FrontlineTestSupport
import GRDB
import Testing

@testable import FrontlineSQLite

/// Migration v8: a file an earlier Frontline wrote gets an installation namespace when it is opened,
/// and nothing changes it afterwards.
@Suite struct SQLiteInstallationTests {
  @Test func anOlderFileGetsANamespaceThatIsNeverChanged() throws {
    let (path, folder) = try TestSQLite.temporaryDatabase()
    defer { try? FileManager.default.removeItem(at: folder) }
    let queue = try DatabaseQueue(path: path)
    try SQLiteSchema.migrator.migrate(queue, upTo: "v6: the version of the scenario each attempt practised")
    #expect(try queue.read { try $0.tableExists("installation") } == false)
    try queue.close()
    let namespace = try SQLiteStore(path: path).installationNamespace()
    #expect(try SQLiteStore(path: path, readOnly: true).installationNamespace() == namespace)
    let again = try DatabaseQueue(path: path)
    defer { try? again.close() }
    #expect {
      try again.write { try $0.execute(sql: "UPDATE installation SET namespace = 'x'") }
    } throws: { error in
      (error as? DatabaseError)?.message == "the installation namespace is never changed"
    }
    #expect {
      try again.write { try $0.execute(sql: "DELETE FROM installation") }
    } throws: { error in
      (error as? DatabaseError)?.message == "the installation namespace is never changed"
    }
  }
}
