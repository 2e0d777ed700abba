import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineProgress
import FrontlineReports
import FrontlineScoring
import FrontlineSimulation
import FrontlineTerminal
import FrontlineText

/// The practice REPL: top-level commands, and conversations with simulated customers whose every
/// turn is saved as it happens. Reads through a ``LineReader`` and writes to an ``Output``, so it is
/// driven the same way by a person at a terminal, a script, or a test.
public final class PracticeSession {
  let library: Library
  let store: any ProgressStore
  let trainee: String
  let reader: LineReader
  let output: Output
  let renderer: EventRenderer
  /// The interface language's words.
  let localizer: Localizer
  let contentHashes: [String: String]
  let clock: @Sendable () -> Date
  /// Where `/compose` writes a reply at a terminal; `nil` reads it at the prompt.
  let editor: ExternalEditor?
  /// Which version of a scenario an attempt practises: one drawn at random, unless a test decides.
  let pickVersion: (Scenario) -> String

  /// The conversation under way and the attempt recording it.
  var active: ActiveAttempt?
  var quitting = false

  public init(
    library: Library, store: any ProgressStore, trainee: String, reader: LineReader, output: Output,
    columns: Int, localizer: Localizer,
    contentHashes: [String: String] = [:], editor: ExternalEditor? = nil,
    clock: @escaping @Sendable () -> Date = { Date() },
    pickVersion: @escaping (Scenario) -> String = { $0.versionIDs.randomElement() ?? ScenarioVariant.main }
  ) {
    self.library = library
    self.store = store
    self.trainee = trainee
    self.reader = reader
    self.output = output
    self.renderer = EventRenderer(style: output.style, columns: columns, localizer: localizer)
    self.localizer = localizer
    self.contentHashes = contentHashes
    self.clock = clock
    self.editor = editor
    self.pickVersion = pickVersion
  }

  /// Runs until the trainee quits or the input ends. Returns the exit status.
  @discardableResult
  public func run() -> Int32 {
    reader.completer = { [library] line in
      Completion.candidates(for: line, library: library, inConversation: false)
    }
    greet()
    while !quitting {
      if active != nil {
        converse()
      } else {
        topLevel()
      }
    }
    return 0
  }

  func say(_ lines: [String]) { for line in lines { output.line(line) } }

  private func greet() {
    let style = output.style
    let attempts = try? store.attempts(trainee: trainee, limit: nil)
    let standing = library.ladder.flatMap { ladder in
      attempts.flatMap { try? self.standing(ladder, attempts: $0) }
    }
    let name = style.bold(TerminalText.sanitize(trainee))
    say([
      "\(style.bold("Frontline")) — "
        + (standing.map {
          localizer(SessionText.greetingAtLevel, ["trainee": name, "level": $0.levelTitle])
        } ?? localizer(SessionText.greeting, ["trainee": name]))
    ])
    if let next = suggestion(attempts: attempts ?? [], standing: standing) { say(suggestionLines(next)) }
  }

  /// The trainee's place on `ladder`, given all their attempts.
  func standing(_ ladder: Ladder, attempts: [AttemptRecord]) throws -> LadderStanding {
    try ProgressService(store: store, ladder: ladder, localizer: localizer).standing(
      of: trainee, attempts: attempts)
  }

  /// The scenario that best advances the next level's unmet requirements.
  func suggestion(attempts: [AttemptRecord], standing: LadderStanding?) -> NextScenario? {
    NextScenario.suggest(
      from: library.scenarios(), ladder: library.ladder, standing: standing, attempts: attempts,
      language: localizer.language.rawValue)
  }

  /// "Suggested next: …", with the requirements it advances.
  func suggestionLines(_ next: NextScenario) -> [String] {
    let command = "start \(next.scenario.id)\(next.exam ? " --exam" : "")"
    var lines = [
      localizer(
        SessionText.suggestedNext,
        [
          "id": output.style.cyan(next.scenario.id), "title": TerminalText.sanitize(next.scenario.title),
          "command": command,
        ])
    ]
    if !next.advances.isEmpty {
      lines += renderer.wrapped(
        localizer(
          SessionText.countsTowards,
          ["requirements": next.advances.joined(separator: localizer(SessionText.missedSeparator))]),
        indent: "  ")
    }
    return lines
  }

  private func topLevel() {
    switch reader.readLine(prompt: "frontline> ") {
    case .endOfInput:
      if reader.isInteractive { output.line("") }
      quitting = true
    case .interrupted:
      return
    case .line(let text):
      // A script's commands are echoed, so its transcript reads on its own.
      if !reader.isInteractive && !text.isEmpty { output.line("» \(TerminalText.sanitize(text))") }
      handleTopLevel(text)
    }
  }
}
