/// The command line's own messages: errors, confirmations, and what commands print around their reports.
public enum CommandText: String, MessageKey {
  public static var area: String { "command" }

  case placeholder
}
