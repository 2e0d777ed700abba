import FrontlineText

/// Errors of the command line, each with a message that says what to do, in the run's interface
/// language (``Interface/localizer``).
enum CLIError: Error, CustomStringConvertible {
  /// A file named on the command line cannot be read: its path, and why.
  case unreadable(String, String)
  /// A scenario id that is not in the library.
  case unknownScenario(String, suggestion: String?)
  /// A department id that is not in the catalog.
  case unknownDepartment(String, known: [String])
  /// Options that must not be combined, or one of which is required: the message, already in the
  /// interface language.
  case usage(String)

  var description: String { description(localizer: Interface.localizer) }

  func description(localizer: Localizer) -> String {
    switch self {
    case .unreadable(let path, let reason):
      localizer(CommandText.unreadable, ["path": path, "reason": reason])
    case .unknownScenario(let id, let suggestion):
      suggestion.map { localizer(CommandText.unknownScenarioDidYouMean, ["id": id, "suggestion": $0]) }
        ?? localizer(CommandText.unknownScenario, ["id": id])
    case .unknownDepartment(let id, let known):
      localizer(CommandText.unknownDepartment, ["id": id, "departments": localizer.list(known)])
    case .usage(let message): message
    }
  }
}
