import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineProgress
import FrontlineReports
import FrontlineSimulation
import FrontlineTerminal
import FrontlineText

extension PracticeSession {
  /// The commands outside a conversation, each with what it does.
  var topLevelHelp: [String] {
    [localizer(SessionText.commandsHeading)]
      + HelpTable.lines([
        (localizer(SessionText.syntaxList), localizer(SessionText.helpList)),
        (localizer(SessionText.syntaxStart), localizer(SessionText.helpStart)),
        ("progress", localizer(SessionText.helpProgress)),
        ("history", localizer(SessionText.helpHistory)),
        ("ladder", localizer(SessionText.helpLadder)),
        ("help", localizer(SessionText.helpHelp)),
        ("quit", localizer(SessionText.helpQuit)),
      ])
  }

  func handleTopLevel(_ text: String) {
    let words = text.split(separator: " ").map(String.init)
    guard let command = words.first?.lowercased() else { return }
    let arguments = Array(words.dropFirst())
    switch command {
    case "help", "?": say(topLevelHelp)
    case "quit", "exit": quitting = true
    case "list": list(arguments)
    case "start": start(arguments)
    case "progress": progress()
    case "history": history()
    case "ladder": ladder()
    default:
      if words.count < 3, let guess = Spelling.closest(to: command, in: Completion.topLevelCommands) {
        say([
          localizer(
            SessionText.unknownCommandGuess, ["command": TerminalText.sanitize(command), "guess": guess])
        ])
      } else if words.count > 1 || command.hasPrefix("/") {
        say([localizer(SessionText.noConversationOpen)])
      } else {
        say([localizer(SessionText.notACommand, ["command": TerminalText.sanitize(command)])])
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
      say([localizer(SessionText.noScenariosMatch)])
      return
    }
    say(ScenarioList(scenarios: scenarios).textLines(style: output.style, localizer: localizer))
  }

  private func start(_ arguments: [String]) {
    let exam = arguments.contains("--exam")
    guard let id = arguments.first(where: { $0 != "--exam" }) else {
      say([localizer(SessionText.sayWhichScenario)])
      return
    }
    guard let scenario = library.scenario(id) else {
      let id = TerminalText.sanitize(id)
      say([
        Spelling.closest(to: id, in: library.scenarios.map(\.id)).map {
          localizer(SessionText.unknownScenarioGuess, ["id": id, "guess": $0])
        } ?? localizer(SessionText.unknownScenario, ["id": id])
      ])
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
        localizer(
          SessionText.scenarioLine,
          [
            "kind": localizer.kind(scenario.kind), "channel": localizer.channel(scenario.channel),
            "difficulty": String(scenario.difficulty), "mode": localizer.mode(mode),
          ])),
    ])
    say(
      renderer.wrapped(
        localizer(
          SessionText.briefing,
          [
            "briefing": Template.render(
              scenario.briefing, values: scenario.templateValues(agentName: trainee))
          ]),
        indent: ""))
    say([style.dim(localizer(mode == .practice ? SessionText.typeYourReply : SessionText.typeYourReplyExam))])
  }

  private func progress() {
    guard let ladder = library.ladder else {
      say([localizer(SessionText.noLadder)])
      return
    }
    do {
      let attempts = try store.attempts(trainee: trainee, limit: nil)
      let standing = try standing(ladder, attempts: attempts)
      say(
        ProgressReport(
          standing: standing, averages: CategoryAverage.compute(attempts, categories: library.categories),
          attempts: attempts, localizer: localizer
        ).textLines(style: output.style))
    } catch {
      say([localizer(SessionText.cannotReadProgress, ["error": "\(error)"])])
    }
  }

  private func history() {
    do {
      let attempts = try store.attempts(trainee: trainee, limit: 20)
      if attempts.isEmpty { say([localizer(ProgressText.noAttempts)]) }
      for attempt in attempts {
        say(["  " + HistoryTable.line(attempt, style: output.style, localizer: localizer)])
      }
    } catch {
      say([localizer(SessionText.cannotReadHistory, ["error": "\(error)"])])
    }
  }

  private func ladder() {
    guard let ladder = library.ladder else {
      say([localizer(SessionText.noLadder)])
      return
    }
    let current = try? standing(ladder, attempts: store.attempts(trainee: trainee, limit: nil))
    say(
      LadderView(ladder: ladder, standing: current, localizer: localizer).lines(
        style: output.style, progressCommand: "progress"))
  }
}
