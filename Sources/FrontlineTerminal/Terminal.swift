import Foundation

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
