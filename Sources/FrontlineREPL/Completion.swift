import FrontlineModel

/// What Tab completes: commands, scenario ids after `start`, department ids after `/transfer`.
public enum Completion {
  static let topLevelCommands = ["help", "list", "start", "progress", "history", "ladder", "quit", "exit"]
  static let conversationCommands = [
    "/transfer", "/compose", "/kb", "/hint", "/end", "/restart", "/abandon", "/quit", "/help",
  ]

  /// The words that complete the last word of `line`.
  public static func candidates(for line: String, library: Library, inConversation: Bool) -> [String] {
    var words = line.split(separator: " ").map(String.init)
    if line.isEmpty || line.last == " " { words.append("") }
    let current = words.last ?? ""
    let options: [String]
    if words.count <= 1 {
      options = inConversation ? conversationCommands : topLevelCommands
    } else {
      switch words[0] {
      case "start" where words.count == 2: options = library.scenarios.map(\.id)
      case "start": options = ["--exam"]
      case "list": options = ScenarioKind.allCases.map(\.rawValue) + ["en", "ja"]
      case "/transfer" where words.count == 2: options = library.departments.map(\.id) + ["none"]
      default: options = []
      }
    }
    return options.filter { $0.hasPrefix(current) }.sorted()
  }
}
