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

/// ANSI decoration, or none.
public struct TextStyle: Sendable {
  /// Whether escape codes are written.
  public var colors: Bool

  public init(colors: Bool) { self.colors = colors }

  public func bold(_ text: String) -> String { wrap(text, "1") }
  public func dim(_ text: String) -> String { wrap(text, "2") }
  public func red(_ text: String) -> String { wrap(text, "31") }
  public func green(_ text: String) -> String { wrap(text, "32") }
  public func yellow(_ text: String) -> String { wrap(text, "33") }
  public func cyan(_ text: String) -> String { wrap(text, "36") }

  private func wrap(_ text: String, _ code: String) -> String {
    colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}

/// Facts about the terminal.
public enum Terminal {
  /// Colour only on a terminal whose `TERM` is not `dumb`, and never with `NO_COLOR` set.
  public static func supportsColor(
    fileDescriptor: Int32, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Bool {
    guard isatty(fileDescriptor) == 1 else { return false }
    if environment["NO_COLOR"] != nil { return false }
    return environment["TERM"] != "dumb"
  }

  /// The terminal's width in columns (80 when it cannot be told).
  public static func columns() -> Int {
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 80
  }
}
