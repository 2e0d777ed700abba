import Foundation

/// Where a command writes: standard output for results, standard error for problems. Tests use a
/// capturing output instead of the process streams.
public final class Output {
  private let writeOut: (String) -> Void
  private let writeErr: (String) -> Void
  /// How text is decorated on this output.
  public let style: TextStyle

  public init(style: TextStyle, out: @escaping (String) -> Void, err: @escaping (String) -> Void) {
    self.style = style
    self.writeOut = out
    self.writeErr = err
  }

  /// The process's standard output and error, coloured when standard output is a terminal.
  public static func standard() -> Output {
    Output(
      style: TextStyle(colors: Terminal.supportsColor(fileDescriptor: STDOUT_FILENO)),
      out: { FileHandle.standardOutput.write(Data($0.utf8)) },
      err: { FileHandle.standardError.write(Data($0.utf8)) })
  }

  /// Writes a line of results.
  public func line(_ text: String = "") { writeOut(text + "\n") }

  /// Writes text of results without a newline.
  public func write(_ text: String) { writeOut(text) }

  /// Writes a line to standard error.
  public func error(_ text: String) { writeErr(text + "\n") }
}
