import Foundation
import FrontlineModel

/// Decodes `ladder.json`.
enum LadderDecoder {
  static let fields = ["format", "levels"]
  static let levelFields = ["id", "title", "description", "approval", "requirements"]
  static let requirementFields = [
    "passed", "kind", "minDifficulty", "mode", "distinct", "average", "atLeast", "last",
  ]

  static func decode(_ root: JSONNode, context: DecodeContext) -> Ladder? {
    guard
      let reader = ObjectReader(root, path: JSONPath(), context: context, fields: fields, what: "a ladder"),
      FormatVersion.check(reader)
    else { return nil }
    guard let elements = reader.array("levels", required: true, nonEmpty: true) else { return nil }
    var levels: [Level] = []
    for element in elements {
      guard let level = decodeLevel(element.node, path: element.path, context: context) else { continue }
      if levels.contains(where: { $0.id == level.id }) {
        context.error(
          "duplicate level id '\(Excerpt.of(level.id))'", at: element.node.offset,
          path: element.path.appending("id"))
      }
      if levels.isEmpty && !level.requirements.isEmpty {
        context.error(
          "the first level is where every trainee starts, so it cannot have requirements",
          at: element.node.offset,
          path: element.path.appending("requirements"))
      }
      levels.append(level)
    }
    return levels.count == elements.count ? Ladder(levels: levels) : nil
  }

  private static func decodeLevel(_ node: JSONNode, path: JSONPath, context: DecodeContext) -> Level? {
    guard let reader = ObjectReader(node, path: path, context: context, fields: levelFields, what: "a level")
    else { return nil }
    let id = reader.identifier()
    var titles: [String: String]?
    if let node = reader.value("title") {
      titles = byLanguage(node, field: "title", example: "Agent", path: path, context: context)
    } else {
      reader.reportMissing("title")
    }
    let descriptions = reader.value("description").map {
      byLanguage(
        $0, field: "description", example: "Handles inquiries independently.", path: path, context: context)
    }
    let requirements =
      reader.array("requirements")?.compactMap {
        decodeRequirement($0.node, path: $0.path, level: id, context: context)
      } ?? []
    guard let id, let titles else { return nil }
    return Level(
      id: id, titles: titles, descriptions: descriptions ?? [:],
      needsApproval: reader.bool("approval") ?? false,
      requirements: requirements)
  }

  /// A text of a level written once in English (a string) or by language (an object with "en"):
  /// `"title": {"en": "Agent", "ja": "エージェント"}`.
  private static func byLanguage(
    _ node: JSONNode, field: String, example: String, path: JSONPath, context: DecodeContext
  ) -> [String: String] {
    if case .string(let text) = node.value {
      if text.trimmingCharacters(in: .whitespaces).isEmpty {
        context.error("the \(field) must not be empty", at: node.offset, path: path.appending(field))
      }
      return ["en": text]
    }
    guard case .object(let members) = node.value else {
      context.error(
        "'\(field)' must be a string or an object of \(field)s by language, found \(node.typeDescription)",
        at: node.offset, path: path.appending(field))
      return [:]
    }
    var texts: [String: String] = [:]
    for member in members {
      guard case .string(let text) = member.value.value else {
        context.error(
          "each \(field) must be a string", at: member.value.offset,
          path: path.appending(field).appending(member.key))
        continue
      }
      if text.trimmingCharacters(in: .whitespaces).isEmpty {
        context.error(
          "the \(field) must not be empty", at: member.value.offset,
          path: path.appending(field).appending(member.key))
      }
      texts[member.key] = text
    }
    if texts["en"] == nil {
      context.error(
        "'\(field)' needs at least an English \(field): {\"en\": \"\(example)\"}", at: node.offset,
        path: path.appending(field))
    }
    return texts
  }

  private static func decodeRequirement(
    _ node: JSONNode, path: JSONPath, level: String?, context: DecodeContext
  )
    -> Requirement?
  {
    guard
      let reader = ObjectReader(
        node, path: path, context: context, fields: requirementFields, what: "a requirement")
    else { return nil }
    switch (reader.has("passed"), reader.has("average")) {
    case (true, false):
      for key in ["atLeast", "last"] where reader.has(key) {
        context.error(
          "'\(key)' belongs to an average requirement, not a passed one", at: reader.keyOffset(key),
          path: path.appending(key))
      }
      let count = reader.integer("passed", in: 1...10_000)
      let kind = reader.enumeration("kind", ScenarioKind.self)
      let difficulty = reader.integer("minDifficulty", in: 1...5) ?? 1
      let mode = reader.enumeration("mode", AttemptMode.self)
      let distinct = reader.bool("distinct") ?? true
      guard let count else { return nil }
      // A kind that did not decode is reported already; the supply is checked for what was meant.
      if distinct, let level, kind != nil || !reader.has("kind") {
        context.refer(
          .scenarioSupply(level: level, count: count, kind: kind, minDifficulty: difficulty),
          at: reader.keyOffset("passed"), path: path.appending("passed"))
      }
      return .passed(count: count, kind: kind, minDifficulty: difficulty, mode: mode, distinct: distinct)
    case (false, true):
      for key in ["kind", "minDifficulty", "mode", "distinct"] where reader.has(key) {
        context.error(
          "'\(key)' belongs to a passed requirement, not an average one", at: reader.keyOffset(key),
          path: path.appending(key))
      }
      let category = reader.string("average")
      if let category {
        context.refer(
          .anyCategory(category), at: reader.keyOffset("average"), path: path.appending("average"))
      }
      let atLeast = reader.number("atLeast", required: true, in: 0...100)
      let last = reader.integer("last", required: true, in: 1...10_000)
      guard let category, let atLeast, let last else { return nil }
      return .average(category: category, atLeast: atLeast, last: last)
    default:
      context.error(
        "a requirement is either {\"passed\": N, ...} or {\"average\": CATEGORY, \"atLeast\": X, \"last\": N}",
        at: node.offset, path: path)
      return nil
    }
  }
}
