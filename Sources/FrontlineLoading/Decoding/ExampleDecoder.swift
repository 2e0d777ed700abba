import FrontlineModel

/// Decodes the sample replies of rubrics and steps.
enum ExampleDecoder {
  static let fields = ["name", "response", "route", "expect", "categories", "scenario", "step"]

  /// Decodes an `examples` array. `categories` are the category names bounds may name (`nil`: checked
  /// later); `defaultScenario` is the context when an example names none.
  static func decodeList(
    _ elements: [(node: JSONNode, path: JSONPath)], context: DecodeContext, categories: Set<String>?,
    phrases: PhraseChecker, defaultScenario: String?
  ) -> [RubricExample] {
    elements.compactMap {
      decode(
        $0.node, path: $0.path, context: context, categories: categories, phrases: phrases,
        defaultScenario: defaultScenario)
    }
  }

  private static func decode(
    _ node: JSONNode, path: JSONPath, context: DecodeContext, categories: Set<String>?,
    phrases: PhraseChecker,
    defaultScenario: String?
  ) -> RubricExample? {
    guard let reader = ObjectReader(node, path: path, context: context, fields: fields, what: "an example")
    else { return nil }
    let name = reader.string("name", required: true)
    let response = reader.string("response", required: true, allowEmpty: true)
    if let response {
      phrases.text(response, at: reader.keyOffset("response"), path: path.appending("response"))
    }
    let route = reader.string("route")
    if let route, route != "none" {
      context.refer(.department(route), at: reader.value("route")!.offset, path: path.appending("route"))
    }
    var expectPass: Bool?
    if let expect = reader.string("expect", required: true) {
      switch expect {
      case "pass": expectPass = true
      case "fail": expectPass = false
      default:
        context.error(
          "'expect' must be \"pass\" or \"fail\", found \"\(Excerpt.of(expect))\"",
          at: reader.value("expect")!.offset,
          path: path.appending("expect"))
      }
    }
    let bounds = decodeBounds(reader, categories: categories)
    let scenario = reader.identifier("scenario", required: false)
    let step = reader.identifier("step", required: false)
    if let scenario {
      context.refer(.scenario(scenario), at: reader.keyOffset("scenario"), path: path.appending("scenario"))
    }
    if let step {
      if let owner = scenario ?? defaultScenario {
        context.refer(
          .step(scenario: owner, step: step), at: reader.keyOffset("step"), path: path.appending("step"))
      } else {
        context.error(
          "'step' needs a scenario: name one in 'scenario' here or in the rubric",
          at: reader.keyOffset("step"),
          path: path.appending("step"))
      }
    }
    guard let name, let response, let expectPass else { return nil }
    return RubricExample(
      name: name, response: response, route: route == "none" ? nil : route, expectPass: expectPass,
      categoryBounds: bounds, scenario: scenario, step: step)
  }

  private static func decodeBounds(_ reader: ObjectReader, categories: Set<String>?) -> [String: ScoreBounds]
  {
    guard let node = reader.value("categories") else { return [:] }
    let path = reader.path.appending("categories")
    guard case .object(let members) = node.value else {
      reader.context.error(
        "'categories' must be an object of category bounds, found \(node.typeDescription)", at: node.offset,
        path: path)
      return [:]
    }
    var bounds: [String: ScoreBounds] = [:]
    for member in members {
      let memberPath = path.appending(member.key)
      if let categories, !categories.contains(member.key) {
        reader.context.error(
          "unknown category '\(Excerpt.of(member.key))'; the rubric declares: \(categories.sorted().joined(separator: ", "))",
          at: member.keyOffset, path: memberPath)
        continue
      }
      guard
        let object = ObjectReader(
          member.value, path: memberPath, context: reader.context, fields: ["min", "max"],
          what: "score bounds like {\"min\": 80}")
      else { continue }
      let low = object.number("min", in: 0...100)
      let high = object.number("max", in: 0...100)
      if low == nil && high == nil {
        reader.context.error(
          "score bounds need 'min' and/or 'max'", at: member.value.offset, path: memberPath)
        continue
      }
      if let low, let high, low > high {
        reader.context.error(
          "'max' (\(high)) is below 'min' (\(low))", at: member.value.offset, path: memberPath)
        continue
      }
      bounds[member.key] = ScoreBounds(min: low, max: high)
    }
    return bounds
  }
}
