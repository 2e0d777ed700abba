import ArgumentParser
import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineSQLite
import FrontlineTerminal
import FrontlineText

#if PostgreSQL
  import FrontlinePostgres
#endif

extension Frontline {
  /// `frontline admin`: team leaders, and a team's PostgreSQL server.
  struct Admin: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: Interface.localizer(HelpText.adminAbstract),
      discussion: Interface.localizer(HelpText.adminDiscussion),
      subcommands: [Init.self, AddTrainee.self, AddLead.self, Migrate.self])
  }
}

extension Frontline.Admin {
  /// `frontline admin init`.
  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: Interface.localizer(HelpText.adminInitAbstract))

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
      #if PostgreSQL
        let location = try storeOptions.postgres()
        try PostgresAdmin.initialise(location)
        Output.standard().line(
          Interface.localizer(CommandText.serverReady, ["server": TerminalText.sanitize("\(location)")]))
      #else
        throw ServerAddress.unsupported(storeOptions.path)
      #endif
    }
  }

  /// `frontline admin add-trainee`.
  struct AddTrainee: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add-trainee",
      abstract: Interface.localizer(HelpText.addTraineeAbstract),
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
      abstract: Interface.localizer(HelpText.addLeadAbstract),
      discussion: Interface.localizer(HelpText.addLeadDiscussion, ["password": LoginArguments.discussion]))

    @OptionGroup var login: LoginArguments

    func run() throws {
      guard ServerAddress.isAddress(login.storeOptions.path) else {
        let localizer = Interface.localizer
        let name = try TraineeName.given(login.name, by: localizer(CommandText.sourceLeadName)).text
        do {
          try SQLiteStore(path: login.storeOptions.path).addLead(name)
        } catch {
          throw CLIError.usage(error.description)
        }
        Output.standard().line(
          localizer(
            CommandText.leadAdded,
            ["name": TerminalText.sanitize(name), "database": login.storeOptions.shown]))
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
      abstract: Interface.localizer(HelpText.migrateAbstract))

    @Option(help: ArgumentHelp(Interface.localizer(HelpText.migrateFrom), valueName: "path"))
    var from: String

    @Option(help: ArgumentHelp(Interface.localizer(HelpText.migrateTo), valueName: "url"))
    var to: String

    func run() throws {
      guard FileManager.default.fileExists(atPath: from) else {
        throw CLIError.unreadable(from, Interface.localizer(CommandText.noSuchFile))
      }
      #if PostgreSQL
        let output = Output.standard()
        do {
          let location = try PostgresLocation(to)
          let counts = try HistoryMigration.copy(
            from: try SQLiteStore(path: from), to: location, progress: { output.line("  \($0)") })
          let copied = counts.reduce(0) { $0 + $1.copied }
          let total = counts.reduce(0) { $0 + $1.source }
          let values = ["copied": String(copied), "total": String(total), "from": from, "to": "\(location)"]
          output.line(
            TerminalText.sanitize(
              Interface.localizer(copied == 0 ? CommandText.nothingNew : CommandText.copiedRows, values)))
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
  static var discussion: String { Interface.localizer(HelpText.loginPassword) }

  @Argument(help: ArgumentHelp(Interface.localizer(HelpText.loginName)))
  var name: String

  @OptionGroup var storeOptions: StoreOptions

  #if PostgreSQL
    func create(as role: PostgresRole) throws {
      let localizer = Interface.localizer
      let name = try TraineeName.given(self.name, by: localizer(CommandText.sourceLoginName)).text
      guard !name.isEmpty, name.count <= 63 else {
        throw CLIError.usage(localizer(CommandText.loginNameLength))
      }
      let location = try storeOptions.postgres()
      let password = try Self.readPassword(for: name)
      do {
        try PostgresAdmin.addLogin(name, role: role, password: password, at: location)
      } catch {
        throw CLIError.usage(error.description)
      }
      let address = TerminalText.sanitize("\(location.login(name, password: nil))")
      Output.standard().line(
        localizer(
          role == .trainee ? CommandText.traineeLoginCreated : CommandText.leadLoginCreated,
          ["name": TerminalText.sanitize(name), "address": address]))
    }
  #endif

  static func readPassword(for name: String) throws -> String? {
    if isatty(STDIN_FILENO) == 1 {
      let localizer = Interface.localizer
      guard
        let first = getpass(localizer(CommandText.passwordPrompt, ["name": name])).map({ String(cString: $0) }
        ),
        let second = getpass(localizer(CommandText.passwordAgain)).map({ String(cString: $0) })
      else { return nil }
      guard first == second else { throw CLIError.usage(localizer(CommandText.passwordsDiffer)) }
      return first.isEmpty ? nil : first
    }
    let line = readLine(strippingNewline: true) ?? ""
    return line.isEmpty ? nil : line
  }
}
