import Foundation
import FrontlineHistory
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

/// One connection to the server, used one transaction at a time. A connection lost mid-run (the
/// server restarted, the network dropped) is reopened and the transaction run again, for up to
/// `retryWindow` seconds; the first retry is reported through `onRetry`.
final class PostgresSession: @unchecked Sendable {
  let location: PostgresLocation
  /// How long to keep retrying after the connection is lost.
  let retryWindow: TimeInterval
  /// Told, once per outage, that the connection was lost and is being retried.
  let onRetry: @Sendable (String) -> Void
  /// How long one statement may wait for the server before the connection counts as lost (a
  /// connection cut at the wrong moment can otherwise leave a reply owed for ever).
  let statementDeadline: TimeAmount = .seconds(10)

  private let lock = NSLock()
  private var connection: PostgresConnection?
  /// Whether a connection was ever made: a server that cannot be reached at all is reported at
  /// once, not retried.
  private var everConnected = false
  private var logger: Logger = {
    var logger = Logger(label: "frontline.postgres")
    logger.logLevel = .critical
    return logger
  }()

  /// A session that does not retry unless given a window (administration, copies, tests).
  init(
    location: PostgresLocation, retryWindow: TimeInterval = 0,
    onRetry: @escaping @Sendable (String) -> Void = { _ in }
  ) {
    self.location = location
    self.retryWindow = retryWindow
    self.onRetry = onRetry
  }

  deinit {
    try? connection?.close().wait()
  }

  /// Runs `body` in one transaction, retrying it whole on a new connection when the connection is
  /// lost. `body` learns whether it is a retry, so that it can tell its own earlier commit from a
  /// conflict.
  func transaction<T>(_ body: (Statements) throws -> T) throws(StoreError) -> T {
    lock.lock()
    defer { lock.unlock() }
    var deadline: Date?
    var retrying = false
    var pause = 0.1
    while true {
      do {
        let statements = Statements(
          connection: try connected(), logger: logger, retrying: retrying, deadline: statementDeadline)
        // BEGIN answers at once on a live connection: a short wait finds a dead one quickly.
        try statements.execute("BEGIN", within: .seconds(5))
        do {
          let value = try body(statements)
          try statements.execute("COMMIT")
          return value
        } catch {
          if !PostgresErrors.isConnectionLoss(error) { try? statements.execute("ROLLBACK") }
          throw error
        }
      } catch let error where everConnected && PostgresErrors.isConnectionLoss(error) {
        try? connection?.close().wait()
        connection = nil
        let giveUp = deadline ?? Date().addingTimeInterval(retryWindow)
        deadline = giveUp
        guard Date() < giveUp else {
          throw .unreachable(
            "lost the connection to \(location) and could not get it back within \(Int(retryWindow)) s "
              + "(\(PostgresErrors.reason(error))); nothing after the last saved turn was kept",
            cause: PostgresErrors.cause(error))
        }
        if !retrying {
          onRetry(
            "lost the connection to \(location) (\(PostgresErrors.reason(error))); "
              + "retrying for up to \(Int(retryWindow)) s")
        }
        retrying = true
        Thread.sleep(forTimeInterval: pause)
        pause = min(pause * 2, 1)
      } catch {
        throw PostgresErrors.storeError(error, location: location)
      }
    }
  }

  /// Runs `body` outside a transaction (statements such as CREATE DATABASE need that).
  func direct<T>(_ body: (Statements) throws -> T) throws(StoreError) -> T {
    lock.lock()
    defer { lock.unlock() }
    do {
      return try body(
        Statements(connection: try connected(), logger: logger, retrying: false, deadline: statementDeadline))
    } catch {
      throw PostgresErrors.storeError(error, location: location)
    }
  }

  private func connected() throws -> PostgresConnection {
    if let connection, !connection.isClosed { return connection }
    let configuration = PostgresConnection.Configuration(
      host: location.host, port: location.port, username: location.user, password: location.password,
      database: location.database, tls: try tls())
    let opened = try Statements.wait(
      for: PostgresConnection.connect(
        on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration, id: 1, logger: logger),
      deadline: statementDeadline, onExpiry: {})
    connection = opened
    everConnected = true
    return opened
  }

  private func tls() throws -> PostgresConnection.Configuration.TLS {
    var configuration = TLSConfiguration.makeClientConfiguration()
    switch location.tls {
    case .disable: return .disable
    case .prefer, .require: configuration.certificateVerification = .none
    case .verifyCA: configuration.certificateVerification = .noHostnameVerification
    case .verifyFull: configuration.certificateVerification = .fullVerification
    }
    if let root = location.rootCertificate {
      configuration.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(root))
    }
    let context = try NIOSSLContext(configuration: configuration)
    return location.tls == .prefer ? .prefer(context) : .require(context)
  }
}

/// The server did not answer within the deadline; the connection counts as lost.
struct NoReply: Error, CustomStringConvertible {
  var seconds: Int
  var description: String { "no reply from the server within \(seconds) s" }
}

/// The statements of one transaction, run synchronously.
struct Statements {
  let connection: PostgresConnection
  let logger: Logger
  /// Whether this transaction is being run again after a lost connection.
  let retrying: Bool
  /// How long a statement may take.
  let deadline: TimeAmount
  /// The deadline for statements that do much work: schema changes, copies, report batches.
  static let long: TimeAmount = .minutes(5)

  func execute(_ query: PostgresQuery, within limit: TimeAmount? = nil) throws {
    _ = try result(send(query), within: limit)
  }

  /// Waits for a reply, for at most the deadline; past it the connection is closed and the wait
  /// fails as a lost connection.
  func result<T: Sendable>(_ future: EventLoopFuture<T>, within limit: TimeAmount? = nil) throws -> T {
    let connection = connection
    return try Self.wait(for: future, deadline: limit ?? deadline) {
      connection.close().whenComplete { _ in }
    }
  }

  static func wait<T: Sendable>(
    for future: EventLoopFuture<T>, deadline: TimeAmount, onExpiry: @escaping @Sendable () -> Void
  ) throws -> T {
    let promise = future.eventLoop.makePromise(of: T.self)
    let timer = future.eventLoop.scheduleTask(in: deadline) {
      promise.fail(NoReply(seconds: Int(deadline.nanoseconds / 1_000_000_000)))
      onExpiry()
    }
    future.whenComplete { result in
      timer.cancel()
      promise.completeWith(result)
    }
    return try promise.futureResult.wait()
  }

  /// Runs several statements without parameters (migrations, policies).
  func script(_ sql: String) throws {
    for statement in SQLScript.statements(sql) {
      try execute(PostgresQuery(unsafeSQL: statement), within: Self.long)
    }
  }

  func rows(_ query: PostgresQuery, within limit: TimeAmount? = nil) throws -> [PostgresRandomAccessRow] {
    try result(send(query), within: limit).rows.map { $0.makeRandomAccess() }
  }

  func row(_ query: PostgresQuery) throws -> PostgresRandomAccessRow? {
    try rows(query).first
  }
}

/// Reads a row's cells in order: cheaper than looking columns up, for queries over many rows.
struct Cells {
  private var iterator: PostgresRow.Iterator

  init(_ row: PostgresRow) { iterator = row.makeIterator() }

  mutating func next<T: PostgresDecodable>(_ type: T.Type = T.self) throws -> T {
    guard let cell = iterator.next() else {
      throw StoreError.database("a row has fewer columns than expected")
    }
    return try cell.decode(T.self)
  }
}

extension Statements {
  /// Sends a query without waiting for its rows, so the server works while this thread does.
  func send(_ query: PostgresQuery) -> EventLoopFuture<PostgresQueryResult> {
    connection.query(query, logger: logger)
  }
}

extension PostgresRandomAccessRow {
  /// The value of column `index`.
  func get<T: PostgresDecodable>(_ index: Int, as type: T.Type = T.self) throws -> T {
    try self[index].decode(T.self)
  }
}
