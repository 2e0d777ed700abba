import Foundation

/// The XDG base directories Frontline keeps its files in, as the XDG Base Directory specification
/// says: `$XDG_DATA_HOME` (the history), `$XDG_CONFIG_HOME` (the remembered name) and
/// `$XDG_STATE_HOME` (the line history) when set to an absolute path, else their defaults under
/// `$HOME`. A relative or empty value is ignored, as the specification asks.
public enum BaseDirectory: Sendable {
  /// `$XDG_DATA_HOME`, else `$HOME/.local/share`.
  case data
  /// `$XDG_CONFIG_HOME`, else `$HOME/.config`.
  case config
  /// `$XDG_STATE_HOME`, else `$HOME/.local/state`.
  case state

  /// The environment variable that names the directory.
  public var variable: String {
    switch self {
    case .data: "XDG_DATA_HOME"
    case .config: "XDG_CONFIG_HOME"
    case .state: "XDG_STATE_HOME"
    }
  }

  /// Where the directory is when the variable is not set, below the home directory.
  var fallback: String {
    switch self {
    case .data: ".local/share"
    case .config: ".config"
    case .state: ".local/state"
    }
  }

  /// Whether the variable names the directory in `environment` (set to an absolute path).
  public func isSet(in environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
    environment[variable].map { $0.hasPrefix("/") } ?? false
  }

  /// The directory.
  public func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    if let value = environment[variable], value.hasPrefix("/") { return value }
    return (Self.home(environment: environment) as NSString).appendingPathComponent(fallback)
  }

  /// `frontline/<name>` inside the directory: where Frontline keeps a file of this kind.
  public func frontlineFile(
    _ name: String, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    ((path(environment: environment) as NSString).appendingPathComponent("frontline") as NSString)
      .appendingPathComponent(name)
  }

  /// The home directory: `$HOME` when set, else the user's entry in the password database (Foundation's
  /// home directory is not used: on Linux it may ignore `$HOME`).
  public static func home(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    if let home = environment["HOME"], !home.isEmpty { return home }
    var entry = passwd()
    var result: UnsafeMutablePointer<passwd>?
    var buffer = [CChar](repeating: 0, count: 16_384)
    if getpwuid_r(getuid(), &entry, &buffer, buffer.count, &result) == 0, let result,
      let dir = result.pointee.pw_dir
    {
      return String(cString: dir)
    }
    return "/"
  }
}
