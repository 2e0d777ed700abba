import ArgumentParser
import Foundation
import FrontlineHistory
import FrontlineReports
import FrontlineTerminal

extension Frontline {
  /// `frontline export --xapi`: finished attempts for a learning record store, written out or posted.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Export finished attempts as xAPI statements (a JSON array) for a learning record store.")

    @Flag(help: "xAPI statements (the only export so far).")
    var xapi = false

    @Option(
      help: ArgumentHelp(
        "Only statements whose content changed at or after this day (UTC) or moment: the attempt finished, or a review changed its grade.",
        valueName: "when"))
    var since: Moment?

    @Option(
      help: ArgumentHelp(
        "The base of the accounts' home page and of the IRIs (default: $FRONTLINE_XAPI_HOME, else \(XAPIExport.placeholderHomePage)).",
        valueName: "url"))
    var homePage: String?

    @Option(
      help: ArgumentHelp(
        "Send the statements to the learning record store at this xAPI endpoint (…/statements is added unless given).",
        valueName: "url"))
    var post: String?

    @Option(
      help: ArgumentHelp(
        "Credentials for --post (Basic authentication; default: $FRONTLINE_XAPI_USER).",
        valueName: "name:password"))
    var user: String?

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var storeOptions: StoreOptions

    /// Statements per request to the store.
    static let batchSize = 250

    func validate() throws {
      if !xapi { throw ValidationError("say what to export: --xapi") }
      if user != nil && post == nil { throw ValidationError("--user is for --post: say where to send") }
      if let user, LRSClient.basicAuthorization(user) == nil {
        throw ValidationError("--user takes NAME:PASSWORD")
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
          throw CLIError.usage("FRONTLINE_XAPI_USER must be NAME:PASSWORD")
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
          console.error(
            "warning: attempt \(attempt.id) is finished but has no score or verdict: not exported")
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
      let batches = XAPIBatch.batches(attempts, size: Self.batchSize)
      let place = TerminalText.oneLine(lrs.endpoint.absoluteString)
      var sent = 0
      var failed: [XAPIBatch] = []
      for (index, batch) in batches.enumerated() {
        let name = "batch \(index + 1) of \(batches.count) (\(Self.attemptList(batch.attempts)))"
        switch lrs.post(try XAPIStatement.json(batch.statements, pretty: false)) {
        case .accepted:
          sent += batch.statements.count
        case .refused(let status, let message):
          failed.append(batch)
          let hint =
            status == 409
            ? " (the store holds other statements under these ids: was the home page changed since they were sent?)"
            : ""
          console.error("error: \(name): the store refused it with \(status): \(message)\(hint)")
        case .failed(let reason):
          failed.append(batch)
          console.error("error: \(name): not sent after \(lrs.tries) tries: \(TerminalText.oneLine(reason))")
        }
      }
      let voids = attempts.reduce(0) { $0 + $1.statements.count - 1 }
      console.line(
        "Sent \(Self.count(sent, "statement")) in \(Self.count(batches.count - failed.count, "batch")) to \(place)"
          + " (\(Self.count(attempts.count, "attempt")), \(Self.count(voids, "superseded grade")) voided).")
      if !failed.isEmpty {
        let unsent = failed.reduce(0) { $0 + $1.statements.count }
        console.error(
          "error: \(Self.count(failed.count, "batch")) of \(batches.count) failed: \(Self.count(unsent, "statement")) not stored; "
            + "exporting again sends them (statements already stored are accepted again).")
        throw ExitCode.failure
      }
    }

    /// `attempt 4`, `attempts 4, 5, 9`, or the first ten and how many more.
    static func attemptList(_ ids: [Int64]) -> String {
      let shown = ids.prefix(10).map(String.init).joined(separator: ", ")
      let more = ids.count > 10 ? " and \(ids.count - 10) more" : ""
      return (ids.count == 1 ? "attempt " : "attempts ") + shown + more
    }

    static func count(_ number: Int, _ noun: String) -> String {
      let plural = noun.hasSuffix("ch") ? noun + "es" : noun + "s"
      return "\(number) \(number == 1 ? noun : plural)"
    }
  }
}
