import Foundation
import FrontlineHistory
import FrontlineModel
import FrontlineProgress
import FrontlineReports
import FrontlineSimulation
import FrontlineTerminal
import FrontlineText

/// The conversation being practised and the attempt that records it, kept as one state: a
/// conversation runs only while an attempt records it, and whatever could not be written is known.
struct ActiveAttempt {
  var conversation: Conversation
  /// The stored attempt.
  let id: Int64
  /// What could not be written, in order.
  var unsaved: [Unsaved] = []
  /// Turns written to the store.
  var savedTurns = 0
  /// Where the trainee stood on the ladder when the attempt began, to tell them what it changed.
  let standingBefore: LadderStanding?

  /// A part of the attempt the store did not take.
  enum Unsaved: Equatable {
    /// The turn at this index.
    case turn(Int)
    case result
    case abandonment
  }
}

extension PracticeSession {
  /// Starts `scenario` with a new attempt: the one path for `start` and `/restart`. A conversation
  /// that cannot be recorded is not begun. The version practised is drawn at random among the
  /// scenario's (`version` keeps the one a restart had).
  func begin(_ scenario: Scenario, mode: AttemptMode, restarting: Bool = false, version: String? = nil) {
    let chat: Conversation
    do {
      chat = try Conversation(
        scenario: scenario, library: library, mode: mode, agentName: trainee,
        version: version ?? pickVersion(scenario), localizer: localizer, clock: clock)
    } catch {
      say([localizer(SessionText.cannotStart, ["id": scenario.id, "error": "\(error)"])])
      return
    }
    let before = currentStanding()
    let started = persist(localizer(SessionText.theNewAttempt)) {
      () throws(StoreError) -> Int64 in
      try store.startAttempt(
        NewAttempt(
          trainee: trainee, scenario: chat.scenario, contentHash: contentHashes[scenario.id] ?? "",
          mode: mode, startedAt: clock(), variant: chat.version))
    }
    guard let id = started else {
      say([localizer(SessionText.nothingStarted, ["id": scenario.id])])
      return
    }
    var attempt = ActiveAttempt(conversation: chat, id: id, standingBefore: before)
    if restarting {
      show([.restarted])
    } else {
      introduce(chat.scenario, mode: mode)
    }
    show(attempt.conversation.begin())
    active = attempt
    _ = attempt
  }

  /// Runs a write; when it fails, says what was not kept and, at a terminal, offers to try again.
  /// Returns `nil` when the write was given up.
  func persist<Value>(_ what: String, _ write: () throws(StoreError) -> Value) -> Value? {
    while true {
      do {
        return try write()
      } catch {
        say(["  " + localizer(SessionText.couldNotBeSaved, ["what": what, "error": "\(error)"])])
        guard reader.isInteractive else { return nil }
        switch reader.readLine(prompt: "  " + localizer(SessionText.trySavingAgain) + " ", remember: false) {
        case .line(let answer) where !answer.lowercased().hasPrefix("n"): continue
        default: return nil
        }
      }
    }
  }

  /// Writes what an event of the active attempt changes in the store.
  func record(_ event: ConversationEvent, of attempt: inout ActiveAttempt) {
    let id = attempt.id
    switch event {
    case .scored(let turn, _):
      let what = localizer(SessionText.turnNumber, ["turn": String(turn.index + 1)])
      let saved: Void? = persist(what) { () throws(StoreError) in
        try store.recordTurn(
          TurnRecord(
            attempt: id, index: turn.index, step: turn.step, customerMessages: turn.customerMessages,
            reply: turn.reply, route: turn.route, score: turn.score, elapsed: turn.elapsed,
            hintsUsed: turn.hintsUsed, lookups: turn.lookups, recordedAt: clock()))
      }
      if saved == nil { attempt.unsaved.append(.turn(turn.index)) } else { attempt.savedTurns += 1 }
    case .ended(let summary):
      let saved: Void? = persist(localizer(SessionText.theResult)) { () throws(StoreError) in
        try store.finishAttempt(
          id,
          with: AttemptResult(
            outcome: summary.ending.outcome, score: summary.score, passed: summary.passed,
            categories: summary.categories, finishedAt: clock()))
      }
      if saved == nil { attempt.unsaved.append(.result) }
    case .abandoned:
      let saved: Void? = persist(localizer(SessionText.thatItWasAbandoned)) { () throws(StoreError) in
        try store.abandonAttempt(id, at: clock())
      }
      if saved == nil { attempt.unsaved.append(.abandonment) }
    default: break
    }
  }

  /// What the trainee is told once an attempt is over: that it was kept, or exactly what was not.
  func closingLines(for attempt: ActiveAttempt) -> [String] {
    guard !attempt.unsaved.isEmpty else {
      return [localizer(SessionText.savedAsAttempt, ["id": String(attempt.id)])]
    }
    let turns = attempt.conversation.turns.count
    let unfinished = attempt.unsaved.contains(.result) || attempt.unsaved.contains(.abandonment)
    let unsaved = attempt.unsaved.map { part in
      switch part {
      case .turn(let index): localizer(SessionText.turnNumber, ["turn": String(index + 1)])
      case .result: localizer(SessionText.theResult)
      case .abandonment: localizer(SessionText.thatItWasAbandoned)
      }
    }
    return [
      localizer(
        SessionText.partlySaved, count: turns,
        ["id": String(attempt.id), "saved": String(attempt.savedTurns), "unsaved": localizer.list(unsaved)])
        + (unfinished ? localizer(SessionText.willShowInterrupted) : "")
    ]
  }

  /// The trainee's standing now, when the library has a ladder and the history can be read.
  func currentStanding() -> LadderStanding? {
    guard let ladder = library.ladder, let attempts = try? store.attempts(trainee: trainee, limit: nil) else {
      return nil
    }
    return try? standing(ladder, attempts: attempts)
  }
}

extension PracticeSession {
  /// Tells the trainee what a finished attempt changed on the ladder, at the moment it happens: a
  /// level reached, one waiting for approval, or the requirements it advanced; then what to practise
  /// next.
  func announceStanding(after attempt: ActiveAttempt) {
    guard let ladder = library.ladder, let attempts = try? store.attempts(trainee: trainee, limit: nil),
      let now = try? standing(ladder, attempts: attempts)
    else { return }
    let style = output.style
    let before = attempt.standingBefore
    if let before, before.level != now.level {
      say([
        "",
        style.green(style.bold(localizer(SessionText.levelReached, ["level": now.levelTitle]))) + " "
          + localizer(
            SessionText.sentence, ["text": LevelSentence.reached(title: now.levelTitle, localizer: localizer)]
          ),
      ])
    }
    if now.pendingApproval, before?.pendingApproval != true || before?.nextLevel != now.nextLevel,
      let next = now.nextLevelTitle
    {
      say(
        renderer.wrapped(localizer(SessionText.approvalPending, ["next": next]), indent: ""))
    } else if let before, before.nextLevel == now.nextLevel, let next = now.nextLevelTitle {
      let advanced = zip(before.requirements, now.requirements).filter { $0.progress != $1.progress }.map(\.1)
      if !advanced.isEmpty {
        say([localizer(SessionText.towards, ["next": next])])
        for requirement in advanced {
          let mark = requirement.met ? style.green("✓") : "·"
          say(
            TerminalText.wrap(
              "  \(mark) " + TerminalText.sanitize("\(requirement.description): \(requirement.progress)"),
              columns: renderer.columns, indent: "    "))
        }
      }
    }
    if let next = suggestion(attempts: attempts, standing: now) { say(suggestionLines(next)) }
  }
}
