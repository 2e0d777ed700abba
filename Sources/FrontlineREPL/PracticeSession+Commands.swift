import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineProgress
import FrontlineReports
import FrontlineSimulation
import FrontlineTerminal

extension PracticeSession {
  static let topLevelHelp = [
    "Commands:",
    "  list [kind] [language]   the scenarios (kinds: complaint, escalation, upsell, inquiry)",
    "  start SCENARIO [--exam]  talk to a customer; --exam gives no feedback or hints until the end",
    "  progress                 your level and what the next one takes",
    "  history                  your attempts",
    "  ladder                   the career ladder",
    "  help                     this list",
    "  quit                     leave (also exit, or Ctrl-D)",
  ]

  func handleTopLevel(_ text: String) {
    let words = text.split(separator: " ").map(String.init)
    guard let command = words.first?.lowercased() else { return }
    let arguments = Array(words.dropFirst())
    switch command {
    case "help", "?": say(Self.topLevelHelp)
    case "quit", "exit": quitting = true
    case "list": list(arguments)
    case "start": start(arguments)
    case "progress": progress()
    case "history": history()
    case "ladder": ladder()
    default:
      if words.count < 3, let guess = Spelling.closest(to: command, in: Completion.topLevelCommands) {
        say([
          "Unknown command '\(TerminalText.sanitize(command))'; did you mean \(guess)? Type help for the commands."
        ])
      } else if words.count > 1 || command.hasPrefix("/") {
        say(["No conversation is open: start SCENARIO-ID begins one (list shows them)."])
      } else {
        say(["'\(TerminalText.sanitize(command))' is not a command. Type help for the commands."])
      }
    }
  }

  private func list(_ arguments: [String]) {
    var kind: ScenarioKind?
    var language: String?
    for argument in arguments {
      if let value = ScenarioKind(rawValue: argument.lowercased()) {
        kind = value
      } else {
        language = argument
      }
    }
    let scenarios = library.scenarios(kind: kind, language: language)
    guard !scenarios.isEmpty else {
      say(["No scenarios match. Kinds: complaint, escalation, upsell, inquiry; languages: en, ja."])
      return
    }
    say(ScenarioList(scenarios: scenarios).textLines(style: output.style))
  }

  private func start(_ arguments: [String]) {
    let exam = arguments.contains("--exam")
    guard let id = arguments.first(where: { $0 != "--exam" }) else {
      say(["Say which scenario: start SCENARIO-ID (list shows them)."])
      return
    }
    guard let scenario = library.scenario(id) else {
      var message = "There is no scenario '\(TerminalText.sanitize(id))'"
      if let guess = Spelling.closest(to: id, in: library.scenarios.map(\.id)) {
        message += "; did you mean \(guess)?"
      }
      say([message + " (list shows them)"])
      return
    }
    begin(scenario, mode: exam ? .exam : .practice)
  }

  func introduce(_ scenario: Scenario, mode: AttemptMode) {
    let style = output.style
    say([
      "",
      style.bold("── \(TerminalText.sanitize(scenario.title)) ──"),
      style.dim(
        "\(scenario.kind.rawValue) · \(scenario.channel.rawValue) · difficulty \(scenario.difficulty) · \(mode.rawValue) mode"
      ),
    ])
    say(
      renderer.wrapped(
        "Briefing: "
          + Template.render(scenario.briefing, values: scenario.templateValues(agentName: trainee)),
        indent: ""))
    say([
      style.dim(
        "Type your reply. /transfer DEPT routes the customer, /kb looks things up, "
          + (mode == .practice ? "/hint gives a nudge, " : "") + "/help lists the rest.")
    ])
  }

  private func progress() {
    guard let ladder = library.ladder else {
      say(["The library has no ladder (rubrics/ladder.json)."])
      return
    }
    do {
      let attempts = try store.attempts(trainee: trainee, limit: nil)
      let standing = try standing(ladder, attempts: attempts)
      say(
        ProgressReport(
          standing: standing, averages: CategoryAverage.compute(attempts, categories: library.categories),
          attempts: attempts
        ).textLines(style: output.style))
    } catch {
      say(["Cannot read your progress: \(error)"])
    }
  }

  private func history() {
    do {
      let attempts = try store.attempts(trainee: trainee, limit: 20)
      if attempts.isEmpty { say(["No attempts yet."]) }
      for attempt in attempts { say(["  " + HistoryTable.line(attempt, style: output.style)]) }
    } catch {
      say(["Cannot read your history: \(error)"])
    }
  }

  private func ladder() {
    guard let ladder = library.ladder else {
      say(["The library has no ladder (rubrics/ladder.json)."])
      return
    }
    let current = try? standing(ladder, attempts: store.attempts(trainee: trainee, limit: nil))
    say(LadderView(ladder: ladder, standing: current).lines(style: output.style, progressCommand: "progress"))
  }
}
