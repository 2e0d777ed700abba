import FrontlineModel

/// Decodes a rubric file.
enum RubricDecoder {
  static let fields = [
    "format", "id", "title", "description", "categories", "passMark", "scenario", "criteria", "examples",
    "house",
  ]

  static func decode(_ root: JSONNode, context: DecodeContext) -> Rubric? {
    guard
      let reader = ObjectReader(root, path: JSONPath(), context: context, fields: fields, what: "a rubric"),
      FormatVersion.check(reader)
    else { return nil }
    let id = reader.identifier()
    let title = reader.string("title", required: true)
    let description = reader.string("description")
    let categories = decodeCategories(reader)
    let passMark = reader.number("passMark", in: 0...100) ?? Rubric.defaultPassMark
    let scenario = reader.identifier("scenario", required: false)
    let house = reader.bool("house") ?? false
    if let scenario {
      context.refer(.scenario(scenario), at: reader.keyOffset("scenario"), path: JSONPath([.key("scenario")]))
    }
    let phrases = PhraseChecker(context: context, variables: nil, rubricID: id)
    let names = Set(categories.map(\.name))
    var criteria: [Criterion] = []
    if let elements = reader.array("criteria", required: true, nonEmpty: true) {
      criteria = CriterionDecoder.decodeList(
        elements, context: context, variables: nil, rubricID: id, definedIn: id
      ) {
        name, offset, path in
        if !names.contains(name) {
          context.error(
            "unknown category '\(Excerpt.of(name))'; declare it in 'categories' (\(names.sorted().joined(separator: ", ")))",
            at: offset, path: path)
        }
      }
      let used = Set(criteria.map(\.category))
      for category in categories
      where reader.has("categories") && !used.contains(category.name) && !criteria.isEmpty {
        context.warning(
          "category '\(category.name)' has no criteria, so it is never scored",
          at: reader.keyOffset("categories"),
          path: JSONPath([.key("categories"), .key(category.name)]))
      }
    }
    var examples: [RubricExample] = []
    if let elements = reader.array("examples") {
      examples = ExampleDecoder.decodeList(
        elements, context: context, categories: names, phrases: phrases, defaultScenario: scenario)
    }
    if examples.isEmpty {
      context.warning(
        "the rubric has no examples: add sample replies with their expected outcome so `frontline rubric test` can check it",
        at: root.offset, path: JSONPath())
    }
    guard let id, let title else { return nil }
    return Rubric(
      id: id, title: title, description: description, categories: categories, passMark: passMark,
      scenario: scenario, criteria: criteria, examples: examples, house: house)
  }

  private static func decodeCategories(_ reader: ObjectReader) -> [Category] {
    guard let node = reader.value("categories") else { return Category.defaults }
    let path = JSONPath([.key("categories")])
    guard case .object(let members) = node.value else {
      reader.context.error(
        "'categories' must be an object of weights like {\"empathy\": 40}, found \(node.typeDescription)",
        at: node.offset, path: path)
      return Category.defaults
    }
    if members.isEmpty {
      reader.context.error("'categories' must name at least one category", at: node.offset, path: path)
    }
    var categories: [Category] = []
    for member in members {
      let memberPath = path.appending(member.key)
      if !Identifier.isValid(member.key) {
        reader.context.error(
          "'\(Excerpt.of(member.key))' is not a valid category name: use lower-case letters, digits and hyphens",
          at: member.keyOffset, path: memberPath)
        continue
      }
      // A repeated category is reported by the parser as a duplicate key.
      if categories.contains(where: { $0.name == member.key }) { continue }
      guard case .number(let weight) = member.value.value, weight > 0, weight.isFinite else {
        reader.context.error(
          "the weight of '\(member.key)' must be a number greater than 0", at: member.value.offset,
          path: memberPath)
        continue
      }
      categories.append(Category(name: member.key, weight: weight))
    }
    return categories.isEmpty ? Category.defaults : categories
  }
}
