import ArgumentParser
import Foundation
import FrontlineHistory
import FrontlineSQLite
import FrontlineText

#if PostgreSQL
  import FrontlinePostgres
#endif

/// `--database`, shared by every command that reads or writes trainees' history.
struct StoreOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(Interface.localizer(HelpText.database), valueName: "path-or-url"))
  var database: String?

  /// The database path in force.
  var path: String {
    database ?? ProcessInfo.processInfo.environment["FRONTLINE_DATABASE"].flatMap { $0.isEmpty ? nil : $0 }
      ?? SQLiteStore.defaultPath()
  }

  /// On a server, the login: the name its owner's attempts are recorded under (the server accepts
  /// no other), so it stands in for `--trainee`. `nil` for a SQLite file.
  var login: String? {
    guard ServerAddress.isAddress(path) else { return nil }
    #if PostgreSQL
      return (try? PostgresLocation(path))?.user
    #else
      return URLComponents(string: path)?.user
    #endif
  }

  /// The database in force, as shown in messages: a server's address without its password.
  var shown: String {
    guard ServerAddress.isAddress(path) else { return path }
    #if PostgreSQL
      return (try? PostgresLocation(path))?.description ?? path
    #else
      return ServerAddress.shown(path)
    #endif
  }

  /// Opens the store (SQLite, or PostgreSQL for a postgres:// address), or fails with a message
  /// that says what to do. `readOnly` is for commands that only read: a SQLite file is then not
  /// written to (see ``SQLiteStore/init(path:readOnly:)``).
  func open(readOnly: Bool = false) throws -> any ProgressStore {
    if ServerAddress.isAddress(path) {
      #if PostgreSQL
        do { return try PostgresStore(location: try PostgresLocation(path)) } catch {
          throw CLIError.usage(error.description)
        }
      #else
        throw ServerAddress.unsupported(path)
      #endif
    }
    if database?.isEmpty == true {
      throw CLIError.usage(
        Interface.localizer(CommandText.databaseEmpty, ["path": SQLiteStore.defaultPath()]))
    }
    do { return try SQLiteStore(path: path, readOnly: readOnly) } catch {
      guard case .cannotOpen = error else { throw CLIError.usage(error.description) }
      throw CLIError.usage("\(error.description)\n\(whatToDo)")
    }
  }

  /// What to do when the database in force cannot be opened: change where it came from.
  private var whatToDo: String {
    let localizer = Interface.localizer
    if database != nil { return localizer(CommandText.databaseGivenUnwritable) }
    let environment = ProcessInfo.processInfo.environment
    if environment["FRONTLINE_DATABASE"].map({ !$0.isEmpty }) == true {
      return localizer(CommandText.databaseFromVariable)
    }
    let source =
      BaseDirectory.data.isSet(in: environment)
      ? "XDG_DATA_HOME (\(environment["XDG_DATA_HOME"] ?? ""))" : "HOME (\(BaseDirectory.home()))"
    return localizer(CommandText.databaseDefault, ["source": source])
  }

  #if PostgreSQL
    /// The PostgreSQL server named, for the admin commands.
    func postgres() throws -> PostgresLocation {
      guard ServerAddress.isAddress(path) else {
        throw CLIError.usage(Interface.localizer(CommandText.serverNeeded))
      }
      do { return try PostgresLocation(path) } catch { throw CLIError.usage(error.description) }
    }
  #endif
}

/// `--trainee`, for commands about one trainee.
struct TraineeOption: ParsableArguments {
  @Option(help: ArgumentHelp(Interface.localizer(HelpText.trainee)))
  var trainee: String?

  /// The trainee named (see ``TraineeIdentity/given(_:login:)``), or a clear error.
  func name(login: String?) throws -> String {
    guard let name = try TraineeIdentity.given(trainee, login: login) else {
      throw CLIError.usage(Interface.localizer(CommandText.whoseProgress))
    }
    return name.text
  }
}
