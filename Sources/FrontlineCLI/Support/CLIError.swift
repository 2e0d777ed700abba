/// Errors of the command line, each with a message that says what to do.
enum CLIError: Error, CustomStringConvertible {
  /// A file named on the command line cannot be read.
  case unreadable(String, String)
  /// A scenario id that is not in the library.
  case unknownScenario(String, suggestion: String?)
  /// A department id that is not in the catalog.
  case unknownDepartment(String, known: [String])
  /// Options that must not be combined, or one of which is required.
  case usage(String)

  var description: String {
    switch self {
    case .unreadable(let path, let reason): "\(path): \(reason)"
    case .unknownScenario(let id, let suggestion):
      "unknown scenario '\(id)'"
        + (suggestion.map { "; did you mean '\($0)'?" } ?? "; `frontline list` shows them")
    case .unknownDepartment(let id, let known):
      "unknown department '\(id)'; the departments are: \(known.joined(separator: ", "))"
    case .usage(let message): message
    }
  }
}
