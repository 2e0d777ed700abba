import ArgumentParser
import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineSQLite
import FrontlineTerminal

#if PostgreSQL
  import FrontlinePostgres
#endif

extension Frontline {
  /// `frontline admin`: team leaders, and a team's PostgreSQL server.
  struct Admin: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Set up a team: its leads (on SQLite too), a server's schema, roles, logins, history.",
      discussion: """
        On a server, run these as the database's owner (for example the postgres superuser), with \
        --database postgres://OWNER@HOST:PORT/DATABASE or FRONTLINE_DATABASE. Passwords come from the \
        address, PGPASSWORD or ~/.pgpass, as for psql. On a SQLite file, add-lead records a team leader \
        in the file.
        """,
      subcommands: [Init.self, AddTrainee.self, AddLead.self, Migrate.self])
  }
}

extension Frontline.Admin {
  /// `frontline admin init`.
  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Create or update the schema and the trainee and lead roles (safe to run again).")

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
      #if PostgreSQL
        let location = try storeOptions.postgres()
        try PostgresAdmin.initialise(location)
        Output.standard().line(
          TerminalText.sanitize("\(location)")
            + " is ready: schema up to date, roles frontline_trainee and frontline_lead in place.\n"
            + "Next: frontline admin add-trainee NAME and frontline admin add-lead NAME.")
      #else
        throw ServerAddress.unsupported(storeOptions.path)
      #endif
    }
  }

  /// `frontline admin add-trainee`.
  struct AddTrainee: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add-trainee",
      abstract: "Create a trainee's login; their attempts are recorded under this name.",
      discussion: LoginArguments.discussion)

    @OptionGroup var login: LoginArguments

    func run() throws {
      #if PostgreSQL
        try login.create(as: .trainee)
      #else
        throw ServerAddress.unsupported(login.storeOptions.path)
      #endif
    }
  }

  /// `frontline admin add-lead`.
  struct AddLead: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add-lead",
      abstract:
        "Make NAME a team leader: they record reviews, overrides, disputes' settlements and promotions.",
      discussion: """
        On a server, this creates a login in the lead role (run it as the database's owner). \
        \(LoginArguments.discussion) On a SQLite file it records NAME as a lead in the file, with no \
        password: a shared file is a setup among colleagues who trust each other, and PostgreSQL is \
        where roles are enforced.
        """)

    @OptionGroup var login: LoginArguments

    func run() throws {
      guard ServerAddress.isAddress(login.storeOptions.path) else {
        let name = try TraineeName.given(login.name, by: "the lead's name").text
        do {
          try SQLiteStore(path: login.storeOptions.path).addLead(name)
        } catch {
          throw CLIError.usage(error.description)
        }
        Output.standard().line(
          "\(TerminalText.sanitize(name)) is a team leader on \(login.storeOptions.shown): they may review, "
            + "settle disputes and approve promotions, never on their own record.")
        return
      }
      #if PostgreSQL
        try login.create(as: .lead)
      #else
        throw ServerAddress.unsupported(login.storeOptions.path)
      #endif
    }
  }

  /// `frontline admin migrate`.
  struct Migrate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Copy a whole history from a SQLite file to the server, checked row by row (safe to re-run).")

    @Option(help: ArgumentHelp("The SQLite progress database to copy.", valueName: "path"))
    var from: String

    @Option(help: ArgumentHelp("The server, prepared by `frontline admin init`.", valueName: "url"))
    var to: String

    func run() throws {
      guard FileManager.default.fileExists(atPath: from) else {
        throw CLIError.unreadable(from, "no such file")
      }
      #if PostgreSQL
        let output = Output.standard()
        do {
          let location = try PostgresLocation(to)
          let counts = try HistoryMigration.copy(
            from: try SQLiteStore(path: from), to: location, progress: { output.line("  \($0)") })
          let copied = counts.reduce(0) { $0 + $1.copied }
          let total = counts.reduce(0) { $0 + $1.source }
          output.line(
            TerminalText.sanitize(
              copied == 0
                ? "Nothing new: all \(total) rows of \(from) were already on \(location), identical."
                : "Copied \(copied) rows of \(total) from \(from) to \(location); every row checked against the file."
            ))
        } catch {
          throw CLIError.usage(error.description)
        }
      #else
        throw ServerAddress.unsupported(to)
      #endif
    }
  }
}

/// The login to create, and the server; the password is asked for without echo.
struct LoginArguments: ParsableArguments {
  static let discussion =
    "The password is asked for at a terminal, else read from the first line of standard input."

  @Argument(help: "The login name: a trainee's attempts, and a lead's reviews, are recorded under it.")
  var name: String

  @OptionGroup var storeOptions: StoreOptions

  #if PostgreSQL
    func create(as role: PostgresRole) throws {
      let name = try TraineeName.given(self.name, by: "the login name").text
      guard !name.isEmpty, name.count <= 63 else {
        throw CLIError.usage("a login name has 1 to 63 characters")
      }
      let location = try storeOptions.postgres()
      let password = try Self.readPassword(for: name)
      do {
        try PostgresAdmin.addLogin(name, role: role, password: password, at: location)
      } catch {
        throw CLIError.usage(error.description)
      }
      Output.standard().line(
        TerminalText.sanitize("\(name) can now sign in to \(location.login(name, password: nil)) as a ")
          + (role == .trainee ? "trainee." : "team leader."))
    }
  #endif

  static func readPassword(for name: String) throws -> String? {
    if isatty(STDIN_FILENO) == 1 {
      guard let first = getpass("Password for \(name): ").map({ String(cString: $0) }),
        let second = getpass("Again: ").map({ String(cString: $0) })
      else { return nil }
      guard first == second else { throw CLIError.usage("the two passwords differ; nothing was changed") }
      return first.isEmpty ? nil : first
    }
    let line = readLine(strippingNewline: true) ?? ""
    return line.isEmpty ? nil : line
  }
}
