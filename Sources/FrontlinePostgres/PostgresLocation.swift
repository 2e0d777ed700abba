import Foundation
import FrontlineHistory

/// Where a PostgreSQL store lives, read from a `postgres://USER[:PASSWORD]@HOST[:PORT]/DB?sslmode=…`
/// address the way libpq reads it: the password from the address, else `PGPASSWORD`, else the
/// password file (`PGPASSFILE`, else `~/.pgpass`); `sslmode` disable, prefer (the default),
/// require, verify-ca or verify-full, with `sslrootcert` for the last two.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
  /// How the connection is encrypted.
  public enum TLSMode: String, Sendable, CaseIterable {
    case disable
    case prefer
    case require
    case verifyCA = "verify-ca"
    case verifyFull = "verify-full"
  }

  public var host: String
  public var port: Int
  public var user: String
  public var password: String?
  public var database: String
  public var tls: TLSMode
  /// Certificates to trust, for `verify-ca` and `verify-full`.
  public var rootCertificate: String?

  /// Whether `text` names a PostgreSQL database rather than a SQLite file.
  public static func isAddress(_ text: String) -> Bool {
    text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
  }

  /// Reads an address; the environment supplies defaults as it does for `psql`.
  public init(_ address: String, environment: [String: String] = ProcessInfo.processInfo.environment)
    throws(StoreError)
  {
    guard Self.isAddress(address), let url = URLComponents(string: address) else {
      throw .cannotOpen(
        path: Self.redacted(address),
        reason: "not a PostgreSQL address; write postgres://USER@HOST:PORT/DATABASE")
    }
    let query = Dictionary(
      (url.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
    host = url.host.flatMap { $0.isEmpty ? nil : $0 } ?? query["host"] ?? environment["PGHOST"] ?? "localhost"
    port = url.port ?? environment["PGPORT"].flatMap(Int.init) ?? 5432
    user =
      url.user.flatMap { $0.removingPercentEncoding } ?? environment["PGUSER"] ?? environment["USER"]
      ?? NSUserName()
    let path = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : url.path
    database =
      path.removingPercentEncoding.flatMap { $0.isEmpty ? nil : $0 } ?? environment["PGDATABASE"] ?? user
    let mode = query["sslmode"] ?? environment["PGSSLMODE"] ?? "prefer"
    guard let tls = TLSMode(rawValue: mode) ?? (mode == "allow" ? .prefer : nil) else {
      throw .cannotOpen(
        path: Self.redacted(address),
        reason:
          "unknown sslmode '\(mode)'; use one of \(TLSMode.allCases.map(\.rawValue).joined(separator: ", "))"
      )
    }
    self.tls = tls
    rootCertificate = query["sslrootcert"] ?? environment["PGSSLROOTCERT"]
    password =
      url.password.flatMap { $0.removingPercentEncoding } ?? environment["PGPASSWORD"]
      ?? PasswordFile.lookup(
        host: host, port: port, database: database, user: user,
        file: environment["PGPASSFILE"] ?? (NSHomeDirectory() as NSString).appendingPathComponent(".pgpass"))
  }

  /// The address without its password, for messages.
  public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }

  /// The same server and login, another database.
  public func database(_ name: String) -> PostgresLocation {
    var copy = self
    copy.database = name
    return copy
  }

  /// The same server, another login.
  public func login(_ user: String, password: String?) -> PostgresLocation {
    var copy = self
    copy.user = user
    copy.password = password
    return copy
  }

  static func redacted(_ address: String) -> String {
    guard var url = URLComponents(string: address), url.password != nil else { return address }
    url.password = nil
    return url.string ?? address
  }
}

/// The libpq password file: lines of `host:port:database:user:password`, `*` matching anything and
/// `\` escaping `:` and `\`. Ignored unless only its owner can read it, as libpq does.
enum PasswordFile {
  static func lookup(host: String, port: Int, database: String, user: String, file: String) -> String? {
    var info = stat()
    guard stat(file, &info) == 0, info.st_mode & 0o077 == 0,
      let text = try? String(contentsOfFile: file, encoding: .utf8)
    else { return nil }
    let wanted = [host, String(port), database, user]
    for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
      let fields = split(String(line))
      guard fields.count == 5 else { continue }
      if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
    }
    return nil
  }

  /// Splits a line at unescaped colons.
  static func split(_ line: String) -> [String] {
    var fields: [String] = []
    var current = ""
    var escaped = false
    for character in line {
      if escaped {
        current.append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == ":" {
        fields.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    fields.append(current)
    return fields
  }
}
