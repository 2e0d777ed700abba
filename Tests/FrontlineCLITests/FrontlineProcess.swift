import Foundation
import FrontlineTestSupport

/// Runs the built `frontline` executable, as a user would, and captures what it prints.
struct FrontlineProcess {
  static let repository = BuiltExecutable.repository
  static let fixtures = repository + "/Tests/Fixtures"
  static let executable = BuiltExecutable.path("frontline")
  static let probe = BuiltExecutable.path("frontline-probe")

  /// Whether `frontline` was built with the PostgreSQL trait (as the test command builds it).
  static var hasPostgreSQL: Bool {
    #if PostgreSQL
      true
    #else
      false
    #endif
  }

  /// Why the server tests of the command line are skipped when they are.
  static let withoutPostgreSQL =
    "frontline was built without the PostgreSQL trait: run `.ci/with-postgres swift test --traits PostgreSQL`"

  /// A database in a new temporary folder with finished attempts for each trainee, written by
  /// `frontline-probe`.
  static func seededDatabase(_ trainees: [(name: String, attempts: Int)]) async throws -> (
    path: String, folder: URL
  ) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "frontline-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("progress.sqlite").path
    for (trainee, attempts) in trainees {
      let outcome = try await ChildProcess.run(
        probe,
        ["write", "--database", path, "--trainee", trainee, "--attempts", "\(attempts)", "--turns", "2"])
      guard outcome.status == 0 else {
        throw ProbeFailed(trainee: trainee, status: outcome.status, stderr: outcome.stderr)
      }
    }
    return (path, folder)
  }

  /// Runs `frontline` with `arguments` in `folder`, with `stdin` as its input and colour off.
  static func run(
    _ arguments: [String], stdin: String = "", environment: [String: String] = [:],
    in folder: String = repository
  ) async throws -> ChildProcess.Outcome {
    try await ChildProcess.run(
      executable, arguments, stdin: stdin,
      environment: environment.merging(["NO_COLOR": "1"]) { given, _ in given },
      in: folder)
  }
}

/// `frontline-probe` could not write the history a test starts from.
struct ProbeFailed: Error {
  var trainee: String
  var status: Int32
  var stderr: String
}
