import FrontlineModel

/// Checks a scenario's conversation graph: ids, `goto` targets, reachability of steps and endings.
struct ScenarioGraph {
  let steps: [Step]
  let endings: [Ending]
  let stepElements: [(node: JSONNode, path: JSONPath)]
  let endingElements: [(node: JSONNode, path: JSONPath)]

  func check(context: DecodeContext) {
    var seen: Set<String> = []
    for (index, step) in steps.enumerated() where !seen.insert(step.id).inserted {
      context.error(
        "duplicate step id '\(step.id)'", at: stepElements[index].node.offset,
        path: stepElements[index].path.appending("id"))
    }
    let stepIDs = seen
    var endingIDs: Set<String> = []
    for (index, ending) in endings.enumerated() {
      let spot = (endingElements[index].node.offset, endingElements[index].path.appending("id"))
      if stepIDs.contains(ending.id) {
        context.error(
          "ending id '\(ending.id)' is also a step id; goto could not tell them apart", at: spot.0,
          path: spot.1)
      } else if !endingIDs.insert(ending.id).inserted {
        context.error("duplicate ending id '\(ending.id)'", at: spot.0, path: spot.1)
      }
    }
    let known = Array(stepIDs) + Array(endingIDs)
    for (index, step) in steps.enumerated() {
      for (number, transition) in step.next.enumerated() where !known.contains(transition.target) {
        var message = "'goto' names '\(transition.target)', which is neither a step nor an ending"
        if let guess = Spelling.closest(to: transition.target, in: known) {
          message += "; did you mean '\(guess)'?"
        }
        context.error(
          message, at: offset(ofGotoIn: stepElements[index].node, transition: number),
          path: stepElements[index].path.appending("next").appending(number).appending("goto"))
      }
    }
    checkReachability(context: context, endingIDs: endingIDs)
  }

  private func checkReachability(context: DecodeContext, endingIDs: Set<String>) {
    let edges = Dictionary(
      steps.map { ($0.id, $0.next.map(\.target)) }, uniquingKeysWith: { first, _ in first })
    var reached: Set<String> = [steps[0].id]
    var queue = [steps[0].id]
    while let id = queue.popLast() {
      for target in edges[id] ?? [] where reached.insert(target).inserted { queue.append(target) }
    }
    for (index, step) in steps.enumerated() where !reached.contains(step.id) {
      context.error(
        "step '\(step.id)' is unreachable: no transition leads to it from the first step '\(steps[0].id)'",
        at: stepElements[index].node.offset, path: stepElements[index].path)
    }
    for (index, ending) in endings.enumerated() where !reached.contains(ending.id) {
      context.warning(
        "ending '\(ending.id)' is never reached: no transition leads to it",
        at: endingElements[index].node.offset,
        path: endingElements[index].path)
    }
    // Steps that can finish: those with a path to an ending, found backwards from the endings.
    var finishing = endingIDs
    var changed = true
    while changed {
      changed = false
      for step in steps
      where !finishing.contains(step.id) && step.next.contains(where: { finishing.contains($0.target) }) {
        finishing.insert(step.id)
        changed = true
      }
    }
    for (index, step) in steps.enumerated() where !finishing.contains(step.id) && reached.contains(step.id) {
      context.error(
        "no ending can be reached from step '\(step.id)': its transitions only loop between steps",
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
