import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineProgress
import FrontlineReports
import FrontlineScoring
import FrontlineSimulation
import FrontlineTerminal

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
    columns: Int,
    contentHashes: [String: String] = [:], editor: ExternalEditor? = nil,
    clock: @escaping @Sendable () -> Date = { Date() },
    pickVersion: @escaping (Scenario) -> String = { $0.versionIDs.randomElement() ?? ScenarioVariant.main }
  ) {
    self.library = library
    self.store = store
    self.trainee = trainee
    self.reader = reader
    self.output = output
    self.renderer = EventRenderer(style: output.style, columns: columns)
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
    let level = standing.map { " (\($0.levelTitle))" } ?? ""
    say([
      "\(style.bold("Frontline")) — practising as \(style.bold(TerminalText.sanitize(trainee)))\(level). Type help for commands."
    ])
    if let next = suggestion(attempts: attempts ?? [], standing: standing) { say(suggestionLines(next)) }
  }

  /// The trainee's place on `ladder`, given all their attempts.
  func standing(_ ladder: Ladder, attempts: [AttemptRecord]) throws -> LadderStanding {
    try ProgressService(store: store, ladder: ladder).standing(of: trainee, attempts: attempts)
  }

  /// The scenario that best advances the next level's unmet requirements.
  func suggestion(attempts: [AttemptRecord], standing: LadderStanding?) -> NextScenario? {
    NextScenario.suggest(
      from: library.scenarios(), ladder: library.ladder, standing: standing, attempts: attempts)
  }

  /// "Suggested next: …", with the requirements it advances.
  func suggestionLines(_ next: NextScenario) -> [String] {
    let command = "start \(next.scenario.id)\(next.exam ? " --exam" : "")"
    var lines = [
      "Suggested next: \(output.style.cyan(next.scenario.id)) — \(TerminalText.sanitize(next.scenario.title)) (\(command))"
    ]
    if !next.advances.isEmpty {
      lines += renderer.wrapped(
        "It counts towards: " + next.advances.joined(separator: "; ") + ".", indent: "  ")
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
