import FrontlineModel

/// Decodes the facts of a knowledge entry: a quantity with the words that cue it, something free, or
/// what the front line may not offer.
enum FactDecoder {
  static let fields = ["id", "about", "value", "estimate", "free", "notOffered"]

  /// Decodes facts; a value that uses template variables (`{amount}`) is worked out with `values`.
  static func decodeList(
    _ elements: [(node: JSONNode, path: JSONPath)], context: DecodeContext, phrases: PhraseChecker,
    values: [String: String] = [:]
  ) -> [Fact] {
    elements.compactMap { decode($0.node, path: $0.path, context: context, phrases: phrases, values: values) }
  }

  private static func decode(
    _ node: JSONNode, path: JSONPath, context: DecodeContext, phrases: PhraseChecker, values: [String: String]
  ) -> Fact? {
    guard let reader = ObjectReader(node, path: path, context: context, fields: fields, what: "a fact") else {
      return nil
    }
    let id = reader.identifier()
    let about = reader.strings("about", nonEmpty: true).flatMap { phrases.list($0, reader, "about") } ?? []
    let notOffered =
      reader.strings("notOffered", nonEmpty: true).flatMap { phrases.list($0, reader, "notOffered") } ?? []
    let free = reader.bool("free") ?? false
    let estimate = reader.bool("estimate") ?? false
    var value: Quantity?
    let authored = reader.string("value")
    let valueTemplate = authored.flatMap { $0.contains("{") ? $0 : nil }
    if let valueTemplate {
      phrases.text(valueTemplate, at: reader.keyOffset("value"), path: path.appending("value"))
    }
    let valueText = authored.map { valueTemplate == nil ? $0 : Template.render($0, values: values) }
    if let valueText {
      value = QuantityParser.value(valueText)
      if value == nil {
        context.error(
          "'\(Excerpt.of(valueText))' is not one quantity with a unit; write it like 3-5 business days, $89, ¥980/month, 30 GB, 2営業日",
          at: reader.keyOffset("value"), path: path.appending("value"))
      }
    }
    if valueText == nil && !free && notOffered.isEmpty {
      context.error(
        "a fact needs a 'value', 'free': true or 'notOffered' phrases", at: node.offset, path: path)
    }
    if (valueText != nil || free) && about.isEmpty && reader.has("about") == false {
      context.error(
        "a fact with a value or 'free' needs 'about': the words a sentence about it contains",
        at: node.offset, path: path)
    }
    if estimate && valueText == nil {
      context.warning(
        "'estimate' only matters for a fact with a 'value'", at: reader.keyOffset("estimate"),
        path: path.appending("estimate"))
    }
    guard let id else { return nil }
    return Fact(
      id: id, about: about, value: value, valueText: valueText, estimate: estimate, free: free,
      notOffered: notOffered, valueTemplate: valueTemplate)
  }
}
