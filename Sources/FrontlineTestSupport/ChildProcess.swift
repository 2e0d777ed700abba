import Foundation
internal import Subprocess
internal import SystemPackage

/// Runs another program for a test, with a deadline: a child that hangs is killed and the test
/// fails with `ChildProcess.TimedOut` instead of holding up the whole suite.
///
/// Built on swift-subprocess, which reaps every child it starts; Foundation's `Process` on Linux
/// can miss a child's exit and wait for ever.
public enum ChildProcess {
  /// How a child ended and what it printed.
  public struct Outcome: Sendable {
    /// The exit status, or 128 + the signal number when a signal ended the child (as a shell
    /// reports it).
    public var status: Int32
    /// The signal that ended the child, if one did.
    public var signal: Int32?
    public var stdout: String
    public var stderr: String
  }

  /// The child did not finish within its deadline and was killed.
  public struct TimedOut: Error, CustomStringConvertible {
    public var command: String
    public var seconds: Int
    public var description: String { "\(command) did not finish within \(seconds) s and was killed" }
  }

  /// The most output kept from each stream.
  static let outputLimit = 256 << 20

  /// How long a child may run before it counts as hung. Generous on purpose: the test suite runs
  /// hundreds of tests side by side, and a debug build of a command that takes seconds alone can
  /// take minutes on a busy two-core machine.
  public static let deadline = 360

  /// Runs `executable` with `arguments`, gives it `stdin` to read, and collects both outputs. Variables
  /// in `environment` are added to this process's environment.
  ///
  /// The child reads `stdin` from a temporary file (`/dev/null` when empty), not from a pipe:
  /// swift-subprocess traps when a child is gone before its input pipe is written and closed
  /// (swiftlang/swift-subprocess#367), which a busy machine makes likely.
  public static func run(
    _ executable: String, _ arguments: [String], stdin: String = "",
    environment: [String: String] = [:], in folder: String? = nil, seconds: Int = deadline
  ) async throws -> Outcome {
    let variables = Dictionary(
      uniqueKeysWithValues: environment.map { (Environment.Key(stringLiteral: $0.key), Optional($0.value)) })
    return try await withDeadline(seconds, command: executable) {
      let configuration = Configuration(
        executable: .path(FilePath(executable)), arguments: Arguments(arguments),
        environment: .inherit.updating(variables), workingDirectory: folder.map { FilePath($0) })
      guard !stdin.isEmpty else {
        let result = try await Subprocess.run(
          configuration, input: .none, output: .string(limit: outputLimit), error: .string(limit: outputLimit)
        )
        return Outcome(result.terminationStatus, stdout: result.standardOutput, stderr: result.standardError)
      }
      let file = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-stdin-\(UUID())")
      try Data(stdin.utf8).write(to: file)
      defer { try? FileManager.default.removeItem(at: file) }
      let input = try FileDescriptor.open(FilePath(file.path), .readOnly)
      let result = try await Subprocess.run(
        configuration, input: .fileDescriptor(input, closeAfterSpawningProcess: true),
        output: .string(limit: outputLimit), error: .string(limit: outputLimit))
      return Outcome(result.terminationStatus, stdout: result.standardOutput, stderr: result.standardError)
    }
  }

  /// Starts `executable`, waits for the first line it prints, hands it to `beforeKill`, then kills
  /// the child with SIGKILL, as a crash or a `kill -9` would. Returns that line and how the child
  /// ended.
  public static func killAfterFirstLine(
    _ executable: String, _ arguments: [String], seconds: Int = deadline,
    beforeKill: @escaping @Sendable (String?) throws -> Void = { _ in }
  ) async throws -> (line: String?, outcome: Outcome) {
    try await withDeadline(seconds, command: executable) {
      let result = try await Subprocess.run(
        .path(FilePath(executable)), arguments: Arguments(arguments), input: .none, output: .sequence,
        error: .discarded
      ) { execution in
        var first: String?
        for try await line in execution.standardOutput.strings() {
          first = line
          break
        }
        do {
          try beforeKill(first)
        } catch {
          try execution.send(signal: .kill)
          throw error
        }
        try execution.send(signal: .kill)
        return first
      }
      return (result.closureResult, Outcome(result.terminationStatus, stdout: "", stderr: ""))
    }
  }

  /// Runs `body`, cancelling it after `seconds`; swift-subprocess kills a child whose task is
  /// cancelled.
  static func withDeadline<T: Sendable>(
    _ seconds: Int, command: String, _ body: @escaping @Sendable () async throws -> T
  ) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
      group.addTask { try await body() }
      group.addTask {
        try await Task.sleep(for: .seconds(seconds))
        return nil
      }
      defer { group.cancelAll() }
      guard let first = try await group.next(), let value = first else {
        throw TimedOut(command: command, seconds: seconds)
      }
      return value
    }
  }
}

extension ChildProcess.Outcome {
  init(_ termination: TerminationStatus, stdout: String, stderr: String) {
    switch termination {
    case .exited(let code): self.init(status: code, signal: nil, stdout: stdout, stderr: stderr)
    case .signaled(let signal):
      self.init(status: 128 + signal, signal: signal, stdout: stdout, stderr: stderr)
    }
  }
}
