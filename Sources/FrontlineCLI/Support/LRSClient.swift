import Foundation
import FrontlineTerminal

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Posts statements to a learning record store's statements resource, as xAPI 1.0.3 asks: its
/// version header, JSON, and Basic authentication when credentials are given. A server error (5xx)
/// or a failed connection is tried again after a pause that doubles each time.
struct LRSClient {
  /// The statements resource (see `XAPIAddress.statements`).
  var endpoint: URL
  /// The `Authorization` header's value, when credentials are given.
  var authorization: String?
  /// How many times a request is tried in all.
  var tries = 4
  /// The pause before the second try, in seconds.
  var firstPause = 0.5

  /// How a request ended, after any further tries.
  enum Reply: Equatable {
    case accepted
    /// The store answered with an error status; `message` is what it said.
    case refused(status: Int, message: String)
    /// No answer, or only server errors, after every try; `reason` is the last problem.
    case failed(reason: String)
  }

  /// Credentials given as `NAME:PASSWORD`, as a Basic `Authorization` value; `nil` without a colon.
  static func basicAuthorization(_ credentials: String) -> String? {
    guard let colon = credentials.firstIndex(of: ":"), colon != credentials.startIndex else { return nil }
    return "Basic " + Data(credentials.utf8).base64EncodedString()
  }

  /// Posts `body` (a JSON array of statements).
  func post(_ body: Data) -> Reply {
    var request = URLRequest(url: endpoint, timeoutInterval: 60)
    request.httpMethod = "POST"
    request.setValue("1.0.3", forHTTPHeaderField: "X-Experience-API-Version")
    request.setValue("application/json", forHTTPHeaderField: "Content-Type")
    if let authorization { request.setValue(authorization, forHTTPHeaderField: "Authorization") }
    request.httpBody = body
    var pause = firstPause
    var reply = Reply.failed(reason: "not tried")
    for attempt in 1...max(1, tries) {
      if attempt > 1 {
        Thread.sleep(forTimeInterval: pause)
        pause *= 2
      }
      switch Self.send(request) {
      case .success(let (status, _)) where (200..<300).contains(status):
        return .accepted
      case .success(let (status, data)) where status >= 500:
        reply = .failed(reason: "the store answered \(status): \(Self.message(data))")
      case .success(let (status, data)):
        return .refused(status: status, message: Self.message(data))
      case .failure(let error):
        reply = .failed(reason: error.localizedDescription)
      }
    }
    return reply
  }

  /// One request, waited for.
  private static func send(_ request: URLRequest) -> Result<(Int, Data), any Error> {
    let outcome = Outcome()
    let done = DispatchSemaphore(value: 0)
    URLSession.shared.dataTask(with: request) { data, response, error in
      if let error {
        outcome.set(.failure(error))
      } else if let response = response as? HTTPURLResponse {
        outcome.set(.success((response.statusCode, data ?? Data())))
      } else {
        outcome.set(.failure(URLError(.badServerResponse)))
      }
      done.signal()
    }.resume()
    done.wait()
    return outcome.get() ?? .failure(URLError(.unknown))
  }

  /// What a store says in an error's body: the `message` or `detail` of a JSON object (Ralph and
  /// most stores), else the text itself; on one line, terminal-safe and short.
  static func message(_ data: Data) -> String {
    var text = String(decoding: data, as: UTF8.self)
    if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
      if let said = (object["message"] ?? object["detail"] ?? object["error"]) as? String {
        text = said
      } else if let said = object["detail"], let again = try? JSONSerialization.data(withJSONObject: said) {
        text = String(decoding: again, as: UTF8.self)
      }
    }
    let line = TerminalText.oneLine(text.trimmingCharacters(in: .whitespacesAndNewlines))
    if line.isEmpty { return "(no message)" }
    return line.count > 500 ? line.prefix(500) + "…" : line
  }

  /// The reply of one request, handed from URLSession's queue to the waiting thread.
  private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<(Int, Data), any Error>?

    func set(_ value: Result<(Int, Data), any Error>) { lock.withLock { result = value } }
    func get() -> Result<(Int, Data), any Error>? { lock.withLock { result } }
  }
}
