import Foundation

/// Runs the built `frontline` executable, as a user would, and captures what it prints.
struct FrontlineProcess {
  struct Outcome {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent().path
  static let fixtures = repository + "/Tests/Fixtures"

  /// The executable next to the test bundle (the same build), else the debug build.
  static let executable: String = {
    let besideTests = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("frontline")
      .path
    if FileManager.default.isExecutableFile(atPath: besideTests) { return besideTests }
    return repository + "/.build/debug/frontline"
  }()

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
