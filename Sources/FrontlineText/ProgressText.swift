/// Progress, the ladder, history and the scenario list, in the REPL and on the command line.
public enum ProgressText: String, MessageKey {
  public static var area: String { "progress" }

  case placeholder
}
