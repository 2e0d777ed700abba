import FrontlineModel

extension StepDecoder {
  /// Decodes a transition's `when`.
  func decodeCondition(_ reader: ObjectReader, rubrics: [String], inlineIDs: [String]) -> Condition {
    var condition = Condition()
    condition.passed = reader.bool("passed")
    condition.critical = reader.bool("critical")
    condition.scoreAtLeast = reader.number("scoreAtLeast", in: 0...100)
    condition.scoreBelow = reader.number("scoreBelow", in: 0...100)
    condition.timedOut = reader.bool("timedOut")
    for key in ["met", "missed"] {
      let ids =
        reader.strings(key)?.map { item -> String in
          context.refer(
            .criterion(item.value, rubrics: rubrics, inline: inlineIDs), at: item.offset, path: item.path)
          return item.value
        } ?? []
      if key == "met" { condition.met = ids } else { condition.missed = ids }
    }
    condition.routes = decodeRoutes(reader)
    condition.moodAtLeast = decodeMood(reader, "moodAtLeast")
    condition.moodAtMost = decodeMood(reader, "moodAtMost")
    if case .object(let members) = reader.node.value, members.isEmpty {
      reader.context.warning(
        "an empty 'when' always holds; remove it", at: reader.node.offset, path: reader.path)
    }
    return condition
  }

  /// Decodes a step's `messageVariants`. Their criteria may come from any step's scorecard, so they are
  /// checked once the whole scenario is read (``DecodeContext/variantCriteria``).
  func decodeMessageVariants(_ reader: ObjectReader, isFirst: Bool) -> [MessageVariant] {
    guard let elements = reader.array("messageVariants") else { return [] }
    return elements.compactMap { element -> MessageVariant? in
      guard
        let variant = ObjectReader(
          element.node, path: element.path, context: context, fields: StepDecoder.variantFields,
          what: "a message variant")
      else { return nil }
      let messages = variant.texts("messages", required: true)
      for message in messages ?? [] { phrases.text(message.value, at: message.offset, path: message.path) }
      var condition = EarlierCondition()
      for key in ["met", "missed"] {
        let items = variant.strings(key) ?? []
        context.variantCriteria += items
        if key == "met" { condition.met = items.map(\.value) } else { condition.missed = items.map(\.value) }
      }
      condition.routes = decodeRoutes(variant)
      condition.moodAtLeast = decodeMood(variant, "moodAtLeast")
      condition.moodAtMost = decodeMood(variant, "moodAtMost")
      if condition == EarlierCondition() {
        context.warning(
          "a message variant without a condition is always said; put its messages in 'messages'",
          at: element.node.offset, path: element.path)
      } else if isFirst && condition.needsEarlierTurns {
        context.warning(
          "the first step has no earlier turns, so a variant that asks about them ('met', 'missed', "
            + "'route') is never said", at: element.node.offset, path: element.path)
      }
      return messages.map { MessageVariant(condition: condition, messages: $0.map(\.value)) }
    }
  }

  private func decodeRoutes(_ reader: ObjectReader) -> [String]? {
    guard let node = reader.value("route") else { return nil }
    let items: [Located<String>]?
    if case .string = node.value {
      items = reader.string("route").map {
        [Located($0, offset: node.offset, path: reader.path.appending("route"))]
      }
    } else {
      items = reader.strings("route")
    }
    return items?.map { item -> String in
      if item.value != "none" { context.refer(.department(item.value), at: item.offset, path: item.path) }
      return item.value
    }
  }

  private func decodeMood(_ reader: ObjectReader, _ key: String) -> Mood? {
    guard let name = reader.string(key) else { return nil }
    guard let mood = Mood(name: name) else {
      context.error(
        Suggestion.unknownValue("mood", name, among: Mood.allCases.map(\.name)),
        at: reader.keyOffset(key), path: reader.path.appending(key))
      return nil
    }
    return mood
  }
}
