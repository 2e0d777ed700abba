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
