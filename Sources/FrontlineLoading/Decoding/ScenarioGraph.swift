import FrontlineModel

/// Checks a scenario's conversation graph: ids, `goto` targets, reachability of steps and endings.
///
/// Every lookup is a set or dictionary lookup, so a scenario with many steps is checked in time linear in
/// its steps and transitions.
struct ScenarioGraph {
  let steps: [Step]
  let endings: [Ending]
  let stepElements: [(node: JSONNode, path: JSONPath)]
  let endingElements: [(node: JSONNode, path: JSONPath)]

  /// How many names "did you mean" may compare in one scenario; past that, unknown targets are still
  /// reported, without a guess, so a file of misspelt gotos cannot take quadratic time.
  static let suggestionBudget = 200_000

  func check(context: DecodeContext) {
    // A scenario without steps or endings is reported by the decoder; there is no graph to check.
    guard !steps.isEmpty, !endings.isEmpty else { return }
    var seen: Set<String> = []
    for (index, step) in steps.enumerated() where !seen.insert(step.id).inserted {
      context.error(
        "duplicate step id '\(Excerpt.of(step.id))'", at: stepElements[index].node.offset,
        path: stepElements[index].path.appending("id"))
    }
    let stepIDs = seen
    var endingIDs: Set<String> = []
    var early: String?
    for (index, ending) in endings.enumerated() {
      if ending.outcome == .endedEarly {
        if let early {
          context.error(
            "a second ended-early ending; '\(Excerpt.of(early))' already says what the customer says when the trainee closes too soon",
            at: endingElements[index].node.offset, path: endingElements[index].path.appending("outcome"))
        }
        early = early ?? ending.id
      }
      let spot = (endingElements[index].node.offset, endingElements[index].path.appending("id"))
      if stepIDs.contains(ending.id) {
        context.error(
          "ending id '\(Excerpt.of(ending.id))' is also a step id; goto could not tell them apart",
          at: spot.0,
          path: spot.1)
      } else if !endingIDs.insert(ending.id).inserted {
        context.error("duplicate ending id '\(Excerpt.of(ending.id))'", at: spot.0, path: spot.1)
      }
    }
    let earlyIDs = Set(endings.filter { $0.outcome == .endedEarly }.map(\.id))
    checkTargets(context: context, known: stepIDs.union(endingIDs), earlyEndings: earlyIDs)
    checkReachability(context: context, endingIDs: endingIDs.subtracting(earlyIDs))
  }

  private func checkTargets(context: DecodeContext, known: Set<String>, earlyEndings: Set<String>) {
    let names = Array(known).sorted()
    var budget = ScenarioGraph.suggestionBudget
    for (index, step) in steps.enumerated() {
      for (number, transition) in step.next.enumerated() where earlyEndings.contains(transition.target) {
        context.error(
          "'goto' names '\(Excerpt.of(transition.target))', an ended-early ending: it is what the customer says "
            + "when the trainee closes the conversation too soon (/end), never where a reply leads",
          at: offset(ofGotoIn: stepElements[index].node, transition: number),
          path: stepElements[index].path.appending("next").appending(number).appending("goto"))
      }
      for (number, transition) in step.next.enumerated() where !known.contains(transition.target) {
        var message =
          "'goto' names '\(Excerpt.of(transition.target))', which is neither a step nor an ending"
        if budget > 0 {
          let near = Suggestion.nearCandidates(to: transition.target, in: names)
          budget -= names.count + near.count
          if let guess = Spelling.closest(to: transition.target, in: near) {
            message += "; did you mean '\(Excerpt.of(guess))'?"
          }
        }
        context.error(
          message, at: offset(ofGotoIn: stepElements[index].node, transition: number),
          path: stepElements[index].path.appending("next").appending(number).appending("goto"))
      }
    }
  }

  private func checkReachability(context: DecodeContext, endingIDs: Set<String>) {
    let edges = Dictionary(
      steps.map { ($0.id, $0.next.map(\.target)) }, uniquingKeysWith: { first, _ in first })
    let first = steps[0].id
    var reached: Set<String> = [first]
    var queue = [first]
    while let id = queue.popLast() {
      for target in edges[id] ?? [] where reached.insert(target).inserted { queue.append(target) }
    }
    for (index, step) in steps.enumerated() where !reached.contains(step.id) {
      context.error(
        "step '\(Excerpt.of(step.id))' is unreachable: no transition leads to it from the first step '\(Excerpt.of(first))'",
        at: stepElements[index].node.offset, path: stepElements[index].path)
    }
    for (index, ending) in endings.enumerated()
    where ending.outcome != .endedEarly && !reached.contains(ending.id) {
      context.warning(
        "ending '\(Excerpt.of(ending.id))' is never reached: no transition leads to it",
        at: endingElements[index].node.offset,
        path: endingElements[index].path)
    }
    // Steps that can finish: those with a path to an ending, found backwards from the endings.
    var predecessors: [String: [String]] = [:]
    for step in steps {
      for transition in step.next { predecessors[transition.target, default: []].append(step.id) }
    }
    var finishing = endingIDs
    var pending = Array(endingIDs)
    while let id = pending.popLast() {
      for source in predecessors[id] ?? [] where finishing.insert(source).inserted { pending.append(source) }
    }
    for (index, step) in steps.enumerated() where !finishing.contains(step.id) && reached.contains(step.id) {
      context.error(
        "no ending can be reached from step '\(Excerpt.of(step.id))': its transitions only loop between steps",
        at: stepElements[index].node.offset, path: stepElements[index].path)
    }
  }

  private func offset(ofGotoIn step: JSONNode, transition: Int) -> Int {
    guard case .object(let members) = step.value, let next = members.first(where: { $0.key == "next" }),
      case .array(let entries) = next.value.value, transition < entries.count,
      case .object(let fields) = entries[transition].value,
      let goto = fields.first(where: { $0.key == "goto" })
    else { return step.offset }
    return goto.value.offset
  }
}
