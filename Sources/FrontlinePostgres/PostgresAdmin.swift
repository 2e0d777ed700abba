import FrontlineHistory
import PostgresNIO

/// What an administrator does to a server: prepare a database for Frontline and create logins.
public enum PostgresAdmin {
  /// Creates or updates the schema, the two roles and their privileges, as the database's owner.
  /// Safe to run again.
  public static func initialise(_ location: PostgresLocation) throws(StoreError) {
    let session = PostgresSession(location: location)
    try PostgresSchema.migrate(session)
    try session.transaction { statements in
      try statements.script(PostgresRole.policies)
    }
  }

  /// Creates a login for a trainee or a team leader (or moves an existing login to that role).
  /// A trainee's login name is the name their attempts are recorded under.
  public static func addLogin(
    _ name: String, role: PostgresRole, password: String?, at location: PostgresLocation
  ) throws(StoreError) {
    let session = PostgresSession(location: location)
    try role.addLogin(name, password: password, on: session)
  }

  /// Creates a database on the server, when it does not exist yet.
  public static func createDatabase(_ name: String, at location: PostgresLocation) throws(StoreError) {
    let session = PostgresSession(location: location)
    try session.direct { statements in
      if try statements.row("SELECT 1 FROM pg_database WHERE datname = \(name)") == nil {
        try statements.execute(
          PostgresQuery(unsafeSQL: "CREATE DATABASE \(PostgresRole.identifier(name))"),
          within: Statements.long)
      }
    }
  }

  /// Drops a database (for throwaway test databases).
  public static func dropDatabase(_ name: String, at location: PostgresLocation) throws(StoreError) {
    let session = PostgresSession(location: location)
    try session.direct { statements in
      try statements.execute(
        PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(PostgresRole.identifier(name)) WITH (FORCE)"),
        within: Statements.long)
    }
  }
}
