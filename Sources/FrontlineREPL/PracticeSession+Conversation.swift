import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineReports
import FrontlineSimulation
import FrontlineTerminal
import FrontlineText

extension PracticeSession {
  /// The commands of a conversation, each with what it does.
  var conversationHelp: [String] {
    [localizer(SessionText.conversationHelpIntro)]
      + HelpTable.lines([
        (localizer(SessionText.syntaxTransfer), localizer(SessionText.helpTransfer)),
        ("/transfer none", localizer(SessionText.helpTransferNone)),
        ("/compose", localizer(SessionText.helpCompose)),
        (localizer(SessionText.syntaxKnowledge), localizer(SessionText.helpKnowledge)),
        ("/hint", localizer(SessionText.helpHint)),
        ("/end", localizer(SessionText.helpEnd)),
        ("/restart", localizer(SessionText.helpRestart)),
        ("/abandon", localizer(SessionText.helpAbandon)),
        ("/quit", localizer(SessionText.helpQuitConversation)),
        ("/help", localizer(SessionText.helpHelp)),
      ])
  }

  func converse() {
    guard let chat = active?.conversation else { return }
    reader.completer = { [library] line in
      Completion.candidates(for: line, library: library, inConversation: true)
    }
    defer {
      reader.completer = { [library] line in
        Completion.candidates(for: line, library: library, inConversation: false)
      }
    }
    let prompt =
      chat.mode == .exam
      ? localizer(SessionText.examPrompt, ["id": chat.scenario.id]) + " › " : "\(chat.scenario.id) › "
    switch reader.readLine(prompt: prompt) {
    case .interrupted:
      return
    case .endOfInput:
      if reader.isInteractive {
        output.line("")
        switch reader.readLine(
          prompt: localizer(SessionText.abandonThisConversation) + " ", remember: false)
        {
        case .line(let answer) where answer.lowercased().hasPrefix("y"): send(.abandon)
        case .endOfInput:
          send(.abandon)
          quitting = true
        default: return
        }
      } else {
        // The script ended mid-conversation: keep what was said, as abandoned.
        send(.abandon)
        quitting = true
      }
    case .line(let text):
      if !reader.isInteractive && !text.isEmpty {
        output.line(localizer(SessionText.you) + " " + TerminalText.sanitize(text))
      }
      handleConversation(text)
    }
  }

  private func handleConversation(_ text: String) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard trimmed.hasPrefix("/") else {
      if refusesLongReply(text) { return }
      send(.reply(text))
      return
    }
    let words = trimmed.dropFirst().split(separator: " ", maxSplits: 2).map(String.init)
    let command = words.first?.lowercased() ?? ""
    switch command {
    case "transfer":
      guard words.count > 1 else {
        say([
          localizer(
            SessionText.sayWhere, ["departments": library.departments.map(\.id).joined(separator: ", ")])
        ])
        return
      }
      let department = words[1] == "none" ? nil : words[1]
      if words.count > 2, refusesLongReply(words[2]) { return }
      send(.transfer(department: department, message: words.count > 2 ? words[2] : nil))
    case "compose": compose()
    case "kb": send(.knowledge(words.count > 1 ? words.dropFirst().joined(separator: " ") : nil))
    case "hint": send(.hint)
    case "end":
      if confirmsClosing() { send(.end) }
    case "restart":
      guard var attempt = active else { return }
      // The attempt so far is kept as abandoned, quietly unless that could not be written.
      for event in attempt.conversation.handle(.abandon) { record(event, of: &attempt) }
      active = nil
      if !attempt.unsaved.isEmpty { say(closingLines(for: attempt)) }
      let chat = attempt.conversation
      begin(
        library.scenario(chat.scenario.id) ?? chat.scenario, mode: chat.mode, restarting: true,
        version: chat.version)
    case "abandon": send(.abandon)
    case "quit", "exit":
      send(.abandon)
      quitting = true
    case "help", "?": say(conversationHelp)
    default:
      say([localizer(SessionText.unknownSlashCommand, ["command": TerminalText.sanitize(command)])])
    }
  }

  /// Whether to close the conversation: at once when it may close here, otherwise (at a terminal)
  /// only once the trainee confirms that an attempt ended early fails.
  private func confirmsClosing() -> Bool {
    guard let chat = active?.conversation, chat.endingNowIsEarly, reader.isInteractive else { return true }
    switch reader.readLine(
      prompt: localizer(chat.mode == .exam ? SessionText.closeEarlyExam : SessionText.closeEarlyPractice)
        + " ",
      remember: false)
    {
    case .line(let answer) where answer.lowercased().hasPrefix("y"): return true
    default:
      say([localizer(SessionText.carryingOn)])
      return false
    }
  }

  /// Passes an input to the conversation, records what happens, and shows it.
  func send(_ input: ConversationInput) {
    guard var attempt = active else { return }
    let events = attempt.conversation.handle(input)
    for event in events { record(event, of: &attempt) }
    active = attempt
    show(events)
    if attempt.conversation.isOver {
      active = nil
      say(closingLines(for: attempt))
      if case .ended = events.last { announceStanding(after: attempt) }
    }
  }

  func show(_ events: [ConversationEvent]) {
    for event in events { say(renderer.lines(event)) }
  }

  /// Gives up the active attempt, if any, keeping it as abandoned.
  func abandonAttempt() {
    if active != nil { send(.abandon) }
  }
}
