import Foundation
import FrontlineTestSupport

/// Runs the built `frontline` executable, as a user would, and captures what it prints.
struct FrontlineProcess {
  struct Outcome {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static let repository = BuiltExecutable.repository
  static let fixtures = repository + "/Tests/Fixtures"
  static let executable = BuiltExecutable.path("frontline")
  static let probe = BuiltExecutable.path("frontline-probe")

  /// A database in a new temporary folder with finished attempts for each trainee, written by
  /// `frontline-probe`.
  static func seededDatabase(_ trainees: [(name: String, attempts: Int)]) throws -> (
    path: String, folder: URL
  ) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "frontline-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("progress.sqlite").path
    for (trainee, attempts) in trainees {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: probe)
      process.arguments = [
        "write", "--database", path, "--trainee", trainee, "--attempts", "\(attempts)", "--turns", "2",
      ]
      process.standardOutput = FileHandle.nullDevice
      try process.run()
      process.waitUntilExit()
      guard process.terminationStatus == 0 else {
        throw ProbeFailed(trainee: trainee, status: process.terminationStatus)
      }
    }
    return (path, folder)
  }

  static func run(
    _ arguments: [String], stdin: String = "", environment: [String: String] = [:],
    in folder: String = repository
  ) throws -> Outcome {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let input = Pipe()
    let output = Pipe()
    let error = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    try process.run()
    input.fileHandleForWriting.write(Data(stdin.utf8))
    try input.fileHandleForWriting.close()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}

/// `frontline-probe` could not write the history a test starts from.
struct ProbeFailed: Error {
  var trainee: String
  var status: Int32
}
