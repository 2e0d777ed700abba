import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineReports
import FrontlineSimulation
import FrontlineTerminal

extension PracticeSession {
  static let conversationHelp = [
    "In a conversation, a line that does not start with / is your reply to the customer.",
    "  /transfer DEPT [message]  transfer the customer with your next reply (or with this message)",
    "  /transfer none            cancel the transfer",
    "  /kb [TOPIC]               look up the knowledge base",
    "  /hint                     a nudge (practice mode; it is recorded)",
    "  /end                      close the conversation as resolved",
    "  /restart                  start the scenario again",
    "  /abandon                  give up (kept in your history as abandoned)",
    "  /quit                     give up and leave Frontline",
    "  /help                     this list",
  ]

  func converse() {
    guard let chat = conversation else { return }
    reader.completer = { [library] line in
      Completion.candidates(for: line, library: library, inConversation: true)
    }
    defer {
      reader.completer = { [library] line in
        Completion.candidates(for: line, library: library, inConversation: false)
      }
    }
    let prompt = "\(chat.scenario.id)\(chat.mode == .exam ? " (exam)" : "") › "
    switch reader.readLine(prompt: prompt) {
    case .interrupted:
      return
    case .endOfInput:
      if reader.isInteractive {
        output.line("")
        switch reader.readLine(
          prompt: "Abandon this conversation? It will be kept as abandoned. [y/N] ", remember: false)
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
      if !reader.isInteractive && !text.isEmpty { output.line("You: \(TerminalText.sanitize(text))") }
      handleConversation(text)
    }
  }

  private func handleConversation(_ text: String) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard trimmed.hasPrefix("/") else {
      send(.reply(text))
      return
    }
    let words = trimmed.dropFirst().split(separator: " ", maxSplits: 2).map(String.init)
    let command = words.first?.lowercased() ?? ""
    switch command {
    case "transfer":
      guard words.count > 1 else {
        say(["Say where: /transfer DEPT — " + library.departments.map(\.id).joined(separator: ", ")])
        return
      }
      let department = words[1] == "none" ? nil : words[1]
      send(.transfer(department: department, message: words.count > 2 ? words[2] : nil))
    case "kb": send(.knowledge(words.count > 1 ? words.dropFirst().joined(separator: " ") : nil))
    case "hint": send(.hint)
    case "end": send(.end)
    case "restart":
      abandonAttempt()
      send(.restart)
      if let chat = conversation {
        attemptID = try? store.startAttempt(
          NewAttempt(
            trainee: trainee, scenario: chat.scenario, contentHash: contentHashes[chat.scenario.id] ?? "",
            mode: chat.mode, startedAt: clock()))
      }
    case "abandon": send(.abandon)
    case "quit", "exit":
      send(.abandon)
      quitting = true
    case "help", "?": say(Self.conversationHelp)
    default:
      say([
        "Unknown command /\(TerminalText.sanitize(command)). /help lists them; a line without / is your reply."
      ])
    }
  }

  /// Passes an input to the conversation, shows what happens, and saves it.
  func send(_ input: ConversationInput) {
    guard var chat = conversation else { return }
    let events = chat.handle(input)
    conversation = chat
    for event in events {
      switch event {
      case .scored(let turn, _): save(turn)
      case .ended(let summary): finish(summary)
      case .abandoned: abandonAttempt()
      default: break
      }
    }
    show(events)
    if chat.isOver, input != .restart {
      conversation = nil
      if let id = attemptID { say(["Saved as attempt #\(id). progress shows what your next level takes."]) }
      attemptID = nil
    }
  }

  func show(_ events: [ConversationEvent]) {
    for event in events { say(renderer.lines(event)) }
  }

  private func save(_ turn: TurnSummary) {
    guard let attemptID else { return }
    do {
      try store.recordTurn(
        TurnRecord(
          attempt: attemptID, index: turn.index, step: turn.step, customerMessages: turn.customerMessages,
          reply: turn.reply, route: turn.route, score: turn.score, elapsed: turn.elapsed,
          hintsUsed: turn.hintsUsed,
          recordedAt: clock()))
    } catch {
      say(["  Warning: this turn could not be saved: \(error)"])
    }
  }

  private func finish(_ summary: AttemptSummary) {
    guard let attemptID else { return }
    do {
      try store.finishAttempt(
        attemptID,
        with: AttemptResult(
          outcome: summary.ending.outcome, score: summary.score, passed: summary.passed,
          categories: summary.categories, finishedAt: clock()))
    } catch {
      say(["  Warning: the result could not be saved: \(error)"])
    }
  }

  func abandonAttempt() {
    guard let attemptID else { return }
    try? store.abandonAttempt(attemptID, at: clock())
  }
}
