import ArgumentParser
import Foundation
import FrontlineHistory
import FrontlineReports
import FrontlineTerminal
import FrontlineText

extension Frontline {
  /// `frontline export --xapi`: finished attempts for a learning record store, written out or posted.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: Interface.localizer(HelpText.exportAbstract))

    @Flag(help: ArgumentHelp(Interface.localizer(HelpText.exportXAPI)))
    var xapi = false

    @Option(
      help: ArgumentHelp(Interface.localizer(HelpText.exportSince), valueName: "when"))
    var since: Moment?

    @Option(
      help: ArgumentHelp(
        Interface.localizer(HelpText.exportHomePage, ["home": XAPIExport.placeholderHomePage]),
        valueName: "url"))
    var homePage: String?

    @Option(
      help: ArgumentHelp(Interface.localizer(HelpText.exportPost), valueName: "url"))
    var post: String?

    @Option(
      help: ArgumentHelp(Interface.localizer(HelpText.exportUser), valueName: "name:password"))
    var user: String?

    @Option(help: ArgumentHelp(Interface.localizer(HelpText.output), valueName: "file"))
    var output: String?

    @OptionGroup var storeOptions: StoreOptions

    /// Statements per request to the store.
    static let batchSize = 250

    func validate() throws {
      let localizer = Interface.localizer
      if !xapi { throw ValidationError(localizer(CommandText.exportWhat)) }
      if user != nil && post == nil { throw ValidationError(localizer(CommandText.userNeedsPost)) }
      if let user, LRSClient.basicAuthorization(user) == nil {
        throw ValidationError(localizer(CommandText.userForm))
      }
    }

    func run() throws {
      let console = Output.standard()
      let environment = ProcessInfo.processInfo.environment
      let home = try Self.homePage(given: homePage, environment: environment)
      let lrs = try post.map { post in try client(post, environment: environment) }
      let store = try storeOptions.open(readOnly: true)
      let export = XAPIExport(homePage: home, namespace: try store.installationNamespace())
      let attempts = try Self.statements(from: store, export: export, console: console)
        .filter { attempt in since.map { attempt.changedAt >= $0.date } ?? true }
      if let lrs {
        if let output {
          let statements = attempts.flatMap(\.statements)
          try ReportDestination.write(try Self.text(statements), to: output, console: console)
        }
        try send(attempts, with: lrs, console: console)
      } else {
        try ReportDestination.write(
          try Self.text(attempts.flatMap(\.statements)), to: output, console: console)
      }
    }

    /// The home page: `--home-page`, else `FRONTLINE_XAPI_HOME`, else the placeholder; checked.
    static func homePage(given: String?, environment: [String: String]) throws -> String {
      do {
        if let given { return try XAPIAddress.homePage(given, from: "--home-page") }
        if let variable = environment["FRONTLINE_XAPI_HOME"], !variable.isEmpty {
          return try XAPIAddress.homePage(variable, from: "FRONTLINE_XAPI_HOME")
        }
        return XAPIExport.placeholderHomePage
      } catch {
        throw CLIError.usage(error.description)
      }
    }

    /// The store to post to, with the credentials of `--user`, else of `FRONTLINE_XAPI_USER`.
    func client(_ address: String, environment: [String: String]) throws -> LRSClient {
      let endpoint: URL
      do {
        endpoint = try XAPIAddress.statements(address, from: "--post")
      } catch {
        throw CLIError.usage(error.description)
      }
      var authorization: String?
      if let user {
        authorization = LRSClient.basicAuthorization(user)
      } else if let variable = environment["FRONTLINE_XAPI_USER"], !variable.isEmpty {
        guard let value = LRSClient.basicAuthorization(variable) else {
          throw CLIError.usage(Interface.localizer(CommandText.userVariableForm))
        }
        authorization = value
      }
      return LRSClient(endpoint: endpoint, authorization: authorization)
    }

    /// Every finished attempt's statements, oldest attempt first. An attempt that cannot be told
    /// (finished without a score or verdict) is named on standard error.
    static func statements(from store: any ProgressStore, export: XAPIExport, console: Output) throws
      -> [XAPIExport.AttemptStatements]
    {
      var reviews: [Int64: [ReviewRecord]] = [:]
      for review in try store.reviews(attempt: nil) { reviews[review.attempt, default: []].append(review) }
      var finished: [AttemptRecord] = []
      for trainee in try store.trainees() {
        finished += try store.attempts(trainee: trainee, limit: nil).filter { $0.status == .finished }
      }
      finished.sort { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }
      return finished.compactMap { attempt in
        guard let statements = export.statements(for: attempt, reviews: reviews[attempt.id] ?? []) else {
          console.error(Interface.localizer(CommandText.attemptNotExported, ["attempt": String(attempt.id)]))
          return nil
        }
        return statements
      }
    }

    static func text(_ statements: [XAPIStatement]) throws -> String {
      String(decoding: try XAPIStatement.json(statements, pretty: true), as: UTF8.self) + "\n"
    }

    /// Posts the statements in batches and says how it went; fails when any batch was not stored.
    func send(_ attempts: [XAPIExport.AttemptStatements], with lrs: LRSClient, console: Output) throws {
      let localizer = Interface.localizer
      let batches = XAPIBatch.batches(attempts, size: Self.batchSize)
      let place = TerminalText.oneLine(lrs.endpoint.absoluteString)
      var sent = 0
      var failed: [XAPIBatch] = []
      for (index, batch) in batches.enumerated() {
        let name = localizer(
          CommandText.batchName,
          [
            "batch": String(index + 1), "batches": String(batches.count),
            "attempts": Self.attemptList(batch.attempts, localizer: localizer),
          ])
        switch lrs.post(try XAPIStatement.json(batch.statements, pretty: false)) {
        case .accepted:
          sent += batch.statements.count
        case .refused(let status, let message):
          failed.append(batch)
          let hint = status == 409 ? localizer(CommandText.conflictHint) : ""
          console.error(
            localizer(
              CommandText.batchRefused,
              ["batch": name, "status": String(status), "message": message, "hint": hint]))
        case .failed(let reason):
          failed.append(batch)
          console.error(
            localizer(
              CommandText.batchNotSent,
              ["batch": name, "tries": String(lrs.tries), "reason": TerminalText.oneLine(reason)]))
        }
      }
      let voids = attempts.reduce(0) { $0 + $1.statements.count - 1 }
      console.line(
        localizer(
          CommandText.sent,
          [
            "statements": localizer(CommandText.statementCount, count: sent),
            "batches": localizer(CommandText.batchCount, count: batches.count - failed.count), "place": place,
            "attempts": localizer(CommandText.attemptCount, count: attempts.count),
            "voided": localizer(CommandText.supersededGradeCount, count: voids),
          ]))
      if !failed.isEmpty {
        let unsent = failed.reduce(0) { $0 + $1.statements.count }
        console.error(
          localizer(
            CommandText.batchesFailed,
            [
              "failed": localizer(CommandText.batchCount, count: failed.count),
              "batches": String(batches.count),
              "statements": localizer(CommandText.statementCount, count: unsent),
            ]))
        throw ExitCode.failure
      }
    }

    /// `attempt 4`, `attempts 4, 5, 9`, or the first ten and how many more.
    static func attemptList(_ ids: [Int64], localizer: Localizer) -> String {
      let shown = localizer.list(ids.prefix(10).map(String.init))
      let list =
        ids.count > 10
        ? localizer(CommandText.andMore, ["list": shown, "more": String(ids.count - 10)]) : shown
      return localizer(CommandText.attemptList, count: ids.count, ["list": list])
    }
  }
}
