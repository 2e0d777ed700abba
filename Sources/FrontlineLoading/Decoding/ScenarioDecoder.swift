import FrontlineModel

/// Decodes a scenario file and checks what can be checked within it: ids, template variables, and the
/// conversation graph.
enum ScenarioDecoder {
  static let fields = [
    "format", "id", "title", "kind", "difficulty", "channel", "language", "summary", "customer", "variables",
    "briefing", "knowledge", "rubrics", "steps", "endings", "house", "houseExcept", "variants",
  ]

  static func decode(_ root: JSONNode, context: DecodeContext) -> Scenario? {
    guard
      let reader = ObjectReader(root, path: JSONPath(), context: context, fields: fields, what: "a scenario"),
      FormatVersion.check(reader)
    else { return nil }
    let id = reader.identifier()
    let title = reader.string("title", required: true)
    let kind = reader.enumeration("kind", ScenarioKind.self, required: true)
    let difficulty = reader.integer("difficulty", required: true, in: 1...5)
    let channel = reader.enumeration("channel", Channel.self, required: true)
    let language = decodeLanguage(reader)
    let summary = reader.string("summary")
    let variables = decodeVariables(reader)
    let phrases = PhraseChecker(context: context, variables: Set(variables.keys), rubricID: nil)
    let customer = reader.object(
      "customer", required: true, fields: ["name", "givenName", "familyName", "persona", "mood"],
      what: "a customer"
    ).flatMap { decodeCustomer($0, language: language ?? "en") }
    let briefing = reader.string("briefing", required: true)
    if let briefing {
      phrases.text(briefing, at: reader.keyOffset("briefing"), path: JSONPath([.key("briefing")]))
    }
    let values =
      customer.map {
        Scenario.templateValues(variables: variables, customer: $0)
      } ?? variables
    let knowledge =
      reader.array("knowledge").map {
        decodeKnowledge($0, context: context, phrases: phrases, values: values)
      } ?? []
    let variants = decodeVariants(
      reader, variables: variables, language: language ?? "en", knowledge: knowledge)
    let facts = Set(knowledge.flatMap { $0.facts.map(\.id) })
    let valueless = Set(knowledge.flatMap { $0.facts.filter { $0.value == nil }.map(\.id) })
    let rubrics =
      reader.strings("rubrics", nonEmpty: false)?.map { item -> String in
        context.refer(.rubric(item.value), at: item.offset, path: item.path)
        context.refer(
          .rubricFacts(rubric: item.value, scenario: id ?? "", declared: facts, valueless: valueless),
          at: item.offset,
          path: item.path)
        return item.value
      } ?? []
    let stepDecoder = StepDecoder(
      context: context, scenarioID: id ?? "", scenarioRubrics: rubrics, facts: facts,
      valuelessFacts: valueless, phrases: phrases,
      variables: Set(variables.keys))
    let stepElements = reader.array("steps", required: true, nonEmpty: true) ?? []
    let steps = stepElements.enumerated().compactMap {
      stepDecoder.decode($0.element.node, path: $0.element.path, isFirst: $0.offset == 0)
    }
    let scorecardRubrics = Array(Set(steps.flatMap { $0.rubrics ?? rubrics })).sorted()
    let inlineCriteria = steps.flatMap { $0.criteria.map(\.id) }
    for item in context.variantCriteria {
      context.refer(
        .scenarioCriterion(item.value, rubrics: scorecardRubrics, inline: inlineCriteria), at: item.offset,
        path: item.path)
    }
    let endingElements = reader.array("endings", required: true, nonEmpty: true) ?? []
    let endings = endingElements.compactMap {
      decodeEnding($0.node, path: $0.path, context: context, phrases: phrases)
    }
    if steps.count == stepElements.count, endings.count == endingElements.count {
      ScenarioGraph(
        steps: steps, endings: endings, stepElements: stepElements, endingElements: endingElements
      )
      .check(context: context)
    }
    guard let id, let title, let kind, let difficulty, let channel, let language, let customer, let briefing,
      !steps.isEmpty, !endings.isEmpty
    else { return nil }
    return Scenario(
      id: id, title: title, kind: kind, difficulty: difficulty, channel: channel, language: language,
      summary: summary, customer: customer, variables: variables, briefing: briefing, knowledge: knowledge,
      rubrics: rubrics, steps: steps, endings: endings, house: HouseUseDecoder.decode(reader),
      variants: variants)
  }

  private static func decodeLanguage(_ reader: ObjectReader) -> String? {
    guard let tag = reader.string("language", required: true) else { return nil }
    let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
    let first = parts[0]
    let valid =
      (2...3).contains(first.count) && first.allSatisfy { $0.isASCII && $0.isLetter }
      && parts.dropFirst().allSatisfy {
        (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
      }
    guard valid else {
      reader.context.error(
        "'\(Excerpt.of(tag))' is not a BCP 47 language tag (e.g. en, en-GB, ja)",
        at: reader.value("language")!.offset,
        path: JSONPath([.key("language")]))
      return nil
    }
    return tag
  }

  static func decodeVariables(_ reader: ObjectReader) -> [String: String] {
    guard let node = reader.value("variables") else { return [:] }
    let path = reader.path.appending("variables")
    guard case .object(let members) = node.value else {
      reader.context.error(
        "'variables' must be an object of names and texts, found \(node.typeDescription)", at: node.offset,
        path: path)
      return [:]
    }
    var variables: [String: String] = [:]
    for member in members {
      let memberPath = path.appending(member.key)
      let nameOK =
        !member.key.isEmpty && member.key.allSatisfy { $0.isLetter || $0.isNumber || "._-".contains($0) }
      if !nameOK {
        reader.context.error(
          "'\(Excerpt.of(member.key))' is not a variable name: use letters, digits, '.', '_' or '-'",
          at: member.keyOffset,
          path: memberPath)
      } else if PhraseChecker.builtInVariables.contains(member.key) {
        reader.context.error(
          "'\(Excerpt.of(member.key))' is built in and cannot be redefined", at: member.keyOffset,
          path: memberPath)
      } else if case .string(let value) = member.value.value {
        variables[member.key] = value
      } else {
        reader.context.error(
          "the value of '\(Excerpt.of(member.key))' must be a string, found \(member.value.typeDescription)",
          at: member.value.offset, path: memberPath)
      }
    }
    return variables
  }

  static func decodeCustomer(_ reader: ObjectReader, language: String) -> Customer? {
    guard let name = reader.string("name", required: true) else { return nil }
    let split = Customer.splitName(name, language: language)
    var mood = Mood.neutral
    if let moodName = reader.string("mood") {
      if let value = Mood(name: moodName) {
        mood = value
      } else {
        reader.context.error(
          Suggestion.unknownValue("mood", moodName, among: Mood.allCases.map(\.name)),
          at: reader.value("mood")!.offset, path: reader.path.appending("mood"))
      }
    }
    return Customer(
      name: name, givenName: reader.string("givenName") ?? split.given,
      familyName: reader.string("familyName") ?? split.family, persona: reader.string("persona"), mood: mood)
  }

  private static func decodeKnowledge(
    _ elements: [(node: JSONNode, path: JSONPath)], context: DecodeContext, phrases: PhraseChecker,
    values: [String: String]
  ) -> [KnowledgeEntry] {
    elements.compactMap { element in
      guard
        let reader = ObjectReader(
          element.node, path: element.path, context: context, fields: ["topic", "keywords", "text", "facts"],
          what: "a knowledge entry")
      else { return nil }
      let topic = reader.string("topic", required: true)
      let keywords = reader.strings("keywords", nonEmpty: false)?.map(\.value) ?? []
      let text = reader.string("text", required: true)
      if let text { phrases.text(text, at: reader.keyOffset("text"), path: element.path.appending("text")) }
      let facts =
        reader.array("facts").map {
          FactDecoder.decodeList($0, context: context, phrases: phrases, values: values)
        } ?? []
      guard let topic, let text else { return nil }
      return KnowledgeEntry(topic: topic, keywords: keywords, text: text, facts: facts)
    }
  }

  private static func decodeEnding(
    _ node: JSONNode, path: JSONPath, context: DecodeContext, phrases: PhraseChecker
  )
    -> Ending?
  {
    guard
      let reader = ObjectReader(
        node, path: path, context: context, fields: ["id", "outcome", "messages"], what: "an ending")
    else { return nil }
    let id = reader.identifier()
    let outcome = reader.enumeration("outcome", Outcome.self, required: true)
    let messages = reader.texts("messages", required: true)
    for message in messages ?? [] { phrases.text(message.value, at: message.offset, path: message.path) }
    guard let id, let outcome, let messages else { return nil }
    return Ending(id: id, outcome: outcome, messages: messages.map(\.value))
  }
}
