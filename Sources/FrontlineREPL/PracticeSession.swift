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

  var conversation: Conversation?
  var attemptID: Int64?
  var quitting = false

  public init(
    library: Library, store: any ProgressStore, trainee: String, reader: LineReader, output: Output,
    columns: Int,
    contentHashes: [String: String] = [:], clock: @escaping @Sendable () -> Date = { Date() }
  ) {
    self.library = library
    self.store = store
    self.trainee = trainee
    self.reader = reader
    self.output = output
    self.renderer = EventRenderer(style: output.style, columns: columns)
    self.contentHashes = contentHashes
    self.clock = clock
  }

  /// Runs until the trainee quits or the input ends. Returns the exit status.
  @discardableResult
  public func run() -> Int32 {
    reader.completer = { [library] line in
      Completion.candidates(for: line, library: library, inConversation: false)
    }
    greet()
    while !quitting {
      if conversation != nil {
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
    if let suggestion = suggestion(attempts: attempts ?? [], standing: standing) {
      say([
        "Suggested next: \(style.cyan(suggestion.id)) — \(TerminalText.sanitize(suggestion.title)) (start \(suggestion.id))"
      ])
    }
  }

  /// The trainee's place on `ladder`, given all their attempts.
  func standing(_ ladder: Ladder, attempts: [AttemptRecord]) throws -> LadderStanding {
    try ProgressService(store: store, ladder: ladder).standing(of: trainee, attempts: attempts)
  }

  /// The easiest scenario not yet passed, preferring the kinds the next level asks for.
  func suggestion(attempts: [AttemptRecord], standing: LadderStanding?) -> Scenario? {
    let passed = Set(attempts.filter { $0.passed == true }.map(\.scenario))
    var wanted: Set<ScenarioKind> = []
    if let ladder = library.ladder, let next = standing?.nextLevel, let level = ladder.level(next) {
      for case .passed(_, let kind?, _, _) in level.requirements { wanted.insert(kind) }
    }
    let open = library.scenarios().filter { !passed.contains($0.id) }
    return open.first { wanted.contains($0.kind) } ?? open.first ?? library.scenarios().first
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
