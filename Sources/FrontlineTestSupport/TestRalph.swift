import Foundation
internal import Subprocess
internal import SystemPackage

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// A throwaway Ralph learning record store for one test (`.ci/ralph serve`): on a free loopback
/// port, with a file backend in a temporary folder and a Basic login. It stops, and its folder is
/// removed, when the test's body ends, however it ends: the server stops when its standard input
/// closes, which also happens when the test process dies.
public struct TestRalph: Sendable {
  /// The xAPI endpoint (`http://127.0.0.1:PORT/xAPI`).
  public var endpoint: String
  /// `NAME:PASSWORD` of its login.
  public var credentials: String

  static let script = BuiltExecutable.repository + "/.ci/ralph"

  /// Whether `.ci/setup --test` installed Ralph here.
  public static var installed: Bool {
    FileManager.default.isExecutableFile(atPath: BuiltExecutable.repository + "/.build/ralph-venv/bin/python")
  }

  /// Whether the tests that need Ralph run: where it is installed, and always in CI (where a missing
  /// Ralph fails them rather than skipping them).
  public static var enabled: Bool { installed || ProcessInfo.processInfo.environment["CI"] != nil }

  /// Why those tests are skipped when they are.
  public static let unavailable = "Ralph is not installed: run `.ci/setup --test`"

  /// Ralph did not say it was listening.
  public struct NotStarted: Error, CustomStringConvertible {
    public var stderr: String
    public var description: String { "Ralph did not start (.ci/ralph serve): \(stderr)" }
  }

  /// Runs `body` with a new server, and stops the server when `body` ends.
  public static func withServer<T: Sendable>(
    seconds: Int = 300, _ body: @escaping @Sendable (TestRalph) async throws -> T
  ) async throws -> T {
    try await ChildProcess.withDeadline(seconds, command: script) {
      let result = try await Subprocess.run(
        .path(FilePath(script)), arguments: ["serve"], input: .inputWriter, output: .sequence,
        error: .string(limit: 1 << 20)
      ) { execution -> T? in
        var first: String?
        for try await line in execution.standardOutput.strings() {
          first = line
          break
        }
        guard let parts = first?.split(separator: " ").map(String.init), parts.count == 2 else {
          try await execution.standardInputWriter.finish()
          return nil
        }
        do {
          let value = try await body(TestRalph(endpoint: parts[0], credentials: parts[1]))
          try await execution.standardInputWriter.finish()
          return value
        } catch {
          try? await execution.standardInputWriter.finish()
          throw error
        }
      }
      guard let value = result.closureResult else { throw NotStarted(stderr: result.standardError) }
      return value
    }
  }

  /// Every statement the store returns to a plain GET (`/statements`, no parameters), following its
  /// `more` links.
  public func statements() async throws -> [[String: Any]] {
    var all: [[String: Any]] = []
    var next = URL(string: endpoint + "/statements")
    while let url = next {
      let object = try await get(url)
      all += object["statements"] as? [[String: Any]] ?? []
      next = (object["more"] as? String).flatMap { $0.isEmpty ? nil : URL(string: $0, relativeTo: url) }
    }
    return all
  }

  /// One statement by id (`/statements?statementId=`), or `nil` when the store has none.
  public func statement(_ id: String) async throws -> [String: Any]? {
    var components = URLComponents(string: endpoint + "/statements")!
    components.queryItems = [URLQueryItem(name: "statementId", value: id)]
    let object = try await get(components.url!)
    if let statements = object["statements"] as? [[String: Any]] { return statements.first }
    return object["id"] == nil ? nil : object
  }

  /// A GET with the xAPI version header and the login, as a JSON object.
  func get(_ url: URL) async throws -> [String: Any] {
    var request = URLRequest(url: url)
    request.setValue("1.0.3", forHTTPHeaderField: "X-Experience-API-Version")
    request.setValue(
      "Basic " + Data(credentials.utf8).base64EncodedString(), forHTTPHeaderField: "Authorization")
    let (data, response) = try await URLSession.shared.data(for: request)
    let status = (response as? HTTPURLResponse)?.statusCode ?? 0
    if status == 404 { return [:] }
    guard status == 200, let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw UnexpectedReply(
        url: url.absoluteString, status: status, body: String(decoding: data, as: UTF8.self))
    }
    return object
  }

  /// The store answered a GET with something else than statements.
  public struct UnexpectedReply: Error, CustomStringConvertible {
    public var url: String
    public var status: Int
    public var body: String
    public var description: String { "GET \(url) answered \(status): \(body.prefix(500))" }
  }
}
