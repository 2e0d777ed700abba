import FrontlineModel

extension ScenarioDecoder {
  static let variantFields = ["id", "customer", "variables"]

  /// Decodes `variants`: each sets only variables the scenario defines (so every text and phrase still
  /// reads), and every fact that uses them must still be one quantity with the variant's values.
  static func decodeVariants(
    _ reader: ObjectReader, variables: [String: String], language: String, knowledge: [KnowledgeEntry]
  ) -> [ScenarioVariant] {
    guard let elements = reader.array("variants", nonEmpty: true) else { return [] }
    var seen: Set<String> = [ScenarioVariant.main]
    return elements.compactMap { element -> ScenarioVariant? in
      guard
        let variant = ObjectReader(
          element.node, path: element.path, context: reader.context, fields: variantFields, what: "a variant")
      else { return nil }
      let id = variant.identifier()
      if let id, !seen.insert(id).inserted {
        reader.context.error(
          id == ScenarioVariant.main
            ? "'main' names the scenario as written; give the variant another id"
            : "a second variant with the id '\(Excerpt.of(id))'",
          at: variant.keyOffset("id"), path: element.path.appending("id"))
      }
      let customer = variant.object(
        "customer", fields: ["name", "givenName", "familyName", "persona", "mood"], what: "a customer"
      ).flatMap { decodeCustomer($0, language: language) }
      let values = decodeVariables(variant)
      for name in values.keys.sorted() where variables[name] == nil {
        var message =
          "the variant sets '\(Excerpt.of(name))', which the scenario's 'variables' do not define, so no text uses it"
        if let guess = Suggestion.closest(to: name, in: Array(variables.keys)) {
          message += "; did you mean '\(guess)'?"
        }
        reader.context.error(
          message, at: variant.value("variables")?.offset ?? element.node.offset,
          path: element.path.appending("variables").appending(name))
      }
      if customer == nil && values.isEmpty && variant.has("id") {
        reader.context.warning(
          "the variant changes neither the customer nor any variable, so it is the scenario as written",
          at: element.node.offset, path: element.path)
      }
      guard let id else { return nil }
      let result = ScenarioVariant(id: id, customer: customer, variables: values)
      checkFacts(of: result, knowledge: knowledge, variables: variables, at: element, context: reader.context)
      return result
    }
  }

  /// Reports each fact whose value, worked out with the variant's values, is not one quantity.
  private static func checkFacts(
    of variant: ScenarioVariant, knowledge: [KnowledgeEntry], variables: [String: String],
    at element: (node: JSONNode, path: JSONPath), context: DecodeContext
  ) {
    var merged = variables
    merged.merge(variant.variables) { _, new in new }
    for fact in knowledge.flatMap(\.facts) {
      guard let template = fact.valueTemplate else { continue }
      let text = Template.render(template, values: merged)
      guard QuantityParser.value(text) == nil else { continue }
      context.error(
        "with this variant, fact '\(Excerpt.of(fact.id))' is '\(Excerpt.of(text))', which is not one quantity "
          + "with a unit (like 3-5 business days, $89, 2営業日)",
        at: element.node.offset, path: element.path)
    }
  }
}
