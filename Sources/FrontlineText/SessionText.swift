/// The practice REPL: its frame, prompts, feedback, mood lines and endings.
public enum SessionText: String, MessageKey {
  public static var area: String { "session" }

  case placeholder
}
