import FrontlineModel

/// Decodes the steps of a scenario: messages, scorecard, routing, time limit and transitions.
struct StepDecoder {
  static let fields = [
    "id", "messages", "rubrics", "criteria", "route", "acceptableRoutes", "passMark", "exemplar", "hint",
    "timeLimit", "next", "examples", "house", "houseExcept", "optional", "messageVariants",
  ]
  static let variantFields = ["met", "missed", "route", "moodAtLeast", "moodAtMost", "messages"]
  static let conditionFields = [
    "passed", "critical", "scoreAtLeast", "scoreBelow", "met", "missed", "route", "moodAtLeast", "moodAtMost",
    "timedOut",
  ]

  let context: DecodeContext
  let scenarioID: String
  let scenarioRubrics: [String]
  /// The ids of the facts the scenario declares, which `fact` criteria must name.
  let facts: Set<String>
  /// Of those, the ones with no value to state (`free`, `notOffered`), which a `fact` criterion can
  /// never find stated.
  let valuelessFacts: Set<String>
  let phrases: PhraseChecker
  let variables: Set<String>

  /// Decodes one step; `isFirst` for the scenario's first step, which has no turns before it.
  func decode(_ node: JSONNode, path: JSONPath, isFirst: Bool = false) -> Step? {
    guard
      let reader = ObjectReader(
        node, path: path, context: context, fields: StepDecoder.fields, what: "a step")
    else { return nil }
    let id = reader.identifier()
    let messages = reader.texts("messages", required: true)
    for message in messages ?? [] { phrases.text(message.value, at: message.offset, path: message.path) }
    let variants = decodeMessageVariants(reader, isFirst: isFirst)
    let ownRubrics = reader.strings("rubrics", nonEmpty: false)?.map { item -> String in
      context.refer(.rubric(item.value), at: item.offset, path: item.path)
      context.refer(
        .rubricFacts(rubric: item.value, scenario: scenarioID, declared: facts, valueless: valuelessFacts),
        at: item.offset,
        path: item.path)
      return item.value
    }
    let rubrics = ownRubrics ?? scenarioRubrics
    let criterionElements = reader.array("criteria") ?? []
    let criteria = CriterionDecoder.decodeList(
      criterionElements, context: context, variables: variables, rubricID: nil,
      definedIn: id.map { "\(scenarioID)/\($0)" }
    ) { name, offset, path in checkCategory(name, rubrics: rubrics, offset: offset, path: path) }
    if rubrics.isEmpty && criterionElements.isEmpty {
      context.error(
        "nothing scores this step: list 'rubrics' (here or in the scenario) or add inline 'criteria'",
        at: node.offset, path: path)
    }
    for (index, criterion) in criteria.enumerated() {
      guard case .fact(let id) = criterion.check else { continue }
      let position = criterionElements.indices.contains(index) ? criterionElements[index] : nil
      if valuelessFacts.contains(id) {
        context.error(
          "criterion '\(Excerpt.of(criterion.id))' checks fact '\(Excerpt.of(id))', which has no value to state "
            + "('free' or 'notOffered'), so it could never be met; the house rule already fails a charge for it "
            + "or an offer of it, and a phrase criterion can check that the reply says so",
          at: position?.node.offset ?? node.offset,
          path: (position?.path ?? path.appending("criteria")).appending("fact"))
        continue
      }
      guard !facts.contains(id) else { continue }
      context.error(
        "criterion '\(Excerpt.of(criterion.id))' checks fact '\(Excerpt.of(id))', which the scenario does not declare "
          + "in its knowledge"
          + (facts.isEmpty ? "" : " (its facts: \(facts.sorted().joined(separator: ", ")))"),
        at: position?.node.offset ?? node.offset,
        path: (position?.path ?? path.appending("criteria")).appending("fact"))
    }
    let route = decodeRoute(reader)
    let acceptable =
      reader.strings("acceptableRoutes", nonEmpty: false)?.compactMap { item -> String? in
        guard !ExpectedRoute.reservedNames.contains(item.value) else {
          context.error(
            "'\(Excerpt.of(item.value))' is not a department: acceptableRoutes lists transfers that earn partial credit",
            at: item.offset, path: item.path)
          return nil
        }
        context.refer(.department(item.value), at: item.offset, path: item.path)
        return item.value
      } ?? []
    let passMark = reader.number("passMark", in: 0...100)
    let exemplar = reader.string("exemplar", required: true)
    if let exemplar {
      phrases.text(exemplar, at: reader.keyOffset("exemplar"), path: path.appending("exemplar"))
    }
    let hint = reader.string("hint")
    if let hint { phrases.text(hint, at: reader.keyOffset("hint"), path: path.appending("hint")) }
    let timeLimit = reader.object("timeLimit", fields: ["seconds", "penalty"], what: "a time limit").flatMap {
      limit -> TimeLimit? in
      let seconds = limit.number("seconds", required: true, in: 0...86_400, positive: true)
      let penalty = limit.number("penalty", in: 0...100) ?? 10
      return seconds.map { TimeLimit(seconds: $0, penalty: penalty) }
    }
    let inlineIDs = criteria.map(\.id)
    let next = decodeTransitions(reader, rubrics: rubrics, inlineIDs: inlineIDs)
    let examples =
      reader.array("examples").map { elements in
        ExampleDecoder.decodeList(
          elements, context: context, categories: rubrics.isEmpty ? Set(Category.defaults.map(\.name)) : nil,
          phrases: phrases, defaultScenario: scenarioID)
      } ?? []
    guard let id, let messages, let exemplar, let next else { return nil }
    context.exemplarSpots[id] = context.spot(reader.keyOffset("exemplar"), path.appending("exemplar"))
    return Step(
      id: id, messages: messages.map(\.value), rubrics: ownRubrics, criteria: criteria, route: route,
      acceptableRoutes: acceptable, passMark: passMark, exemplar: exemplar, hint: hint, timeLimit: timeLimit,
      next: next, examples: examples, house: HouseUseDecoder.decode(reader),
      optional: reader.bool("optional") ?? false, messageVariants: variants)
  }

  private func checkCategory(_ name: String, rubrics: [String], offset: Int, path: JSONPath) {
    if rubrics.isEmpty {
      let defaults = Category.defaults.map(\.name)
      if !defaults.contains(name) {
        context.error(
          "unknown category '\(Excerpt.of(name))': a step without rubrics scores \(defaults.joined(separator: ", "))",
          at: offset, path: path)
      }
    } else {
      context.refer(.category(name, rubrics: rubrics), at: offset, path: path)
    }
  }

  private func decodeRoute(_ reader: ObjectReader) -> ExpectedRoute {
    guard let name = reader.string("route") else { return .none }
    let route = ExpectedRoute(name)
    if case .department(let id) = route {
      context.refer(.department(id), at: reader.keyOffset("route"), path: reader.path.appending("route"))
    }
    return route
  }

  private func decodeTransitions(_ reader: ObjectReader, rubrics: [String], inlineIDs: [String])
    -> [Transition]?
  {
    guard let elements = reader.array("next", required: true, nonEmpty: true) else { return nil }
    let transitions = elements.compactMap { element -> Transition? in
      guard
        let entry = ObjectReader(
          element.node, path: element.path, context: context, fields: ["when", "goto", "mood"],
          what: "a transition")
      else { return nil }
      let condition = entry.object("when", fields: StepDecoder.conditionFields, what: "a condition").map {
        decodeCondition($0, rubrics: rubrics, inlineIDs: inlineIDs)
      }
      let target = entry.identifier("goto")
      let mood = entry.integer("mood", in: -5...5) ?? 0
      guard let target else { return nil }
      return Transition(condition: condition, target: target, moodChange: mood)
    }
    if let last = elements.last, case .object(let members) = last.node.value,
      let when = members.first(where: { $0.key == "when" })
    {
      context.error(
        "the last transition must have no 'when', so that every reply leads somewhere", at: when.keyOffset,
        path: last.path.appending("when"))
    }
    return transitions.count == elements.count ? transitions : nil
  }
}
