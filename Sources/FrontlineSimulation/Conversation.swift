import Foundation
import FrontlineModel
import FrontlineScoring
import FrontlineText

/// A simulated customer conversation, independent of any terminal: it takes the trainee's inputs and
/// yields events. The customer's mood and the branch taken follow the scenario's rules.
public struct Conversation {
  public let scenario: Scenario
  public let mode: AttemptMode
  /// The version of the scenario practised: `main`, or one of its variants.
  public let version: String
  private let departments: [Department]
  private let scorecards: [String: CompiledScorecard]
  private let values: [String: String]
  private let clock: @Sendable () -> Date

  /// The step waiting for a reply; `nil` once the conversation is over.
  public private(set) var stepID: String?
  public private(set) var mood: Mood
  public private(set) var turns: [TurnSummary] = []
  /// The transfer that goes with the next reply.
  public private(set) var pendingRoute: String?
  /// What the customer said last, as shown: the messages the next reply answers.
  public private(set) var customerMessages: [String] = []
  private var hintsThisTurn = 0
  private var lookupsThisTurn: [String] = []
  private var askedAt: Date
  /// The language of the conversation's own notices and of the notes explaining each score.
  private let localizer: Localizer

  /// Prepares a conversation with the version `version` of the scenario (`main`, as written, for an
  /// unknown id); fails when a step's rubric is missing from the library. The notes that explain
  /// each score are in `localizer`'s language.
  public init(
    scenario written: Scenario, library: Library, mode: AttemptMode, agentName: String,
    version: String = ScenarioVariant.main, localizer: Localizer = .english,
    clock: @escaping @Sendable () -> Date = { Date() }
  ) throws(ScoringError) {
    let varied = written.version(version)
    let scenario = varied ?? written
    self.version = varied == nil ? ScenarioVariant.main : version
    self.scenario = scenario
    self.mode = mode
    self.localizer = localizer
    departments = library.departments
    var scorecards: [String: CompiledScorecard] = [:]
    for step in scenario.steps {
      scorecards[step.id] = try CompiledScorecard(
        Scorecard.forStep(step, in: scenario, library: library, agentName: agentName), localizer: localizer)
    }
    self.scorecards = scorecards
    values = scenario.templateValues(agentName: agentName)
    self.clock = clock
    mood = scenario.customer.mood
    stepID = scenario.steps.first?.id
    askedAt = clock()
  }

  /// Whether the conversation has ended or been abandoned.
  public var isOver: Bool { stepID == nil }

  /// The current step.
  public var step: Step? { stepID.flatMap(scenario.step) }

  /// Whether `/end` now would close the conversation early (steps that matter remain), so that it
  /// fails; `false` once the conversation is over.
  public var endingNowIsEarly: Bool { stepID.map { !scenario.mayClose(at: $0) } ?? false }

  /// The customer's opening messages.
  public mutating func begin() -> [ConversationEvent] {
    askedAt = clock()
    guard let step else { return [] }
    return [customerSays(step.messages(after: turns, mood: mood))]
  }

  /// Handles one input.
  public mutating func handle(_ input: ConversationInput) -> [ConversationEvent] {
    guard let step else { return [.notice(localizer(SessionText.conversationIsOver))] }
    switch input {
    case .reply(let text):
      let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !trimmed.isEmpty else { return [.notice(localizer(SessionText.typeAReply))] }
      return submit(trimmed, at: step)
    case .transfer(let department, let message):
      guard let department else {
        pendingRoute = nil
        return [.transferSet(nil)]
      }
      guard let found = departments.first(where: { $0.id == department }) else {
        return [
          .unknownDepartment(
            department, suggestion: Spelling.closest(to: department, in: departments.map(\.id)))
        ]
      }
      pendingRoute = found.id
      if let message, !message.trimmingCharacters(in: .whitespaces).isEmpty {
        return submit(message, at: step)
      }
      return [.transferSet(found)]
    case .hint:
      guard mode == .practice else { return [.hintUnavailable] }
      hintsThisTurn += 1
      let hint = step.hint.map { Template.render($0, values: values) }
      return [.hint(hint ?? localizer(SessionText.noHintForStep))]
    case .knowledge(let query):
      lookupsThisTurn.append(query ?? "")
      return [.knowledge(Knowledge.search(scenario.knowledge, for: query, values: values), query: query)]
    case .end:
      return finish(with: scenario.closingEnding(at: step.id), closedAt: step.id)
    case .restart:
      self = Conversation(
        scenario: scenario, version: version, departmentsFrom: departments, scorecards: scorecards,
        values: values, mode: mode, localizer: localizer, clock: clock)
      return [.restarted] + begin()
    case .abandon:
      stepID = nil
      return [.abandoned]
    }
  }

  private init(
    scenario: Scenario, version: String, departmentsFrom departments: [Department],
    scorecards: [String: CompiledScorecard], values: [String: String], mode: AttemptMode,
    localizer: Localizer, clock: @escaping @Sendable () -> Date
  ) {
    self.scenario = scenario
    self.localizer = localizer
    self.version = version
    self.mode = mode
    self.departments = departments
    self.scorecards = scorecards
    self.values = values
    self.clock = clock
    mood = scenario.customer.mood
    stepID = scenario.steps.first?.id
    askedAt = clock()
  }

  private mutating func customerSays(_ messages: [String]) -> ConversationEvent {
    customerMessages = messages.map { Template.render($0, values: values) }
    return .customer(name: scenario.customer.name, messages: customerMessages, mood: mood)
  }

  private mutating func submit(_ reply: String, at step: Step) -> [ConversationEvent] {
    let elapsed = max(0, clock().timeIntervalSince(askedAt))
    let route = pendingRoute
    let score = scorecards[step.id]!.score(reply, route: route, elapsed: elapsed, mood: mood)
    let timedOut = step.timeLimit.map { elapsed > $0.seconds } ?? false
    let turn = TurnSummary(
      index: turns.count, step: step.id,
      customerMessages: customerMessages,
      reply: reply, route: route, score: score, elapsed: elapsed, timedOut: timedOut,
      hintsUsed: hintsThisTurn,
      lookups: lookupsThisTurn)
    turns.append(turn)
    pendingRoute = nil
    hintsThisTurn = 0
    lookupsThisTurn = []
    var events: [ConversationEvent] = [.scored(turn, shown: mode == .practice)]
    let before = mood
    let transition = step.next.first {
      $0.condition?.holds(for: score, route: route, mood: before, timedOut: timedOut) ?? true
    }
    guard let transition else { return events + finish(with: scenario.endings[0]) }
    // An insincere reply (sarcasm, a mock apology) never calms the customer: it makes them angrier.
    mood = before.shifted(by: score.isInsincere ? min(-1, transition.moodChange) : transition.moodChange)
    if mood != before { events.append(.moodChanged(from: before, to: mood)) }
    if let ending = scenario.ending(transition.target) { return events + finish(with: ending) }
    if let next = scenario.step(transition.target) {
      stepID = next.id
      askedAt = clock()
      events.append(customerSays(next.messages(after: turns, mood: mood)))
    }
    return events
  }

  private mutating func finish(with ending: Ending, closedAt: String? = nil) -> [ConversationEvent] {
    stepID = nil
    let rendered = Ending(
      id: ending.id, outcome: ending.outcome,
      messages: ending.messages.map { Template.render($0, values: values) })
    var events: [ConversationEvent] = []
    if !rendered.messages.isEmpty {
      events.append(.customer(name: scenario.customer.name, messages: rendered.messages, mood: mood))
    }
    let passMark = scorecards[scenario.steps[0].id]?.scorecard.passMark ?? Rubric.defaultPassMark
    var summary = AttemptSummary.make(
      ending: rendered, turns: turns, passMark: passMark, scenario: scenario, values: values)
    if ending.outcome == .endedEarly { summary.closedAt = closedAt }
    events.append(.ended(summary))
    return events
  }
}
