import FrontlineModel

/// What the catalog tests check: that every message of the interface is in every catalog, with the
/// same placeholders, and that nothing else is.
public enum CatalogCheck {
  /// The problems of `catalogs` against `keys`, one sentence each; empty when they agree.
  public static func problems(_ catalogs: [Catalog], keys: [String] = MessageAreas.keys) -> [String] {
    var problems: [String] = []
    let known = Set(keys)
    let reference = catalogs.first { $0.language == .english } ?? catalogs.first
    for catalog in catalogs {
      let name = catalog.language.rawValue
      for key in keys where catalog.messages[key] == nil {
        problems.append("\(key) is missing from the \(name) catalog")
      }
      for key in catalog.messages.keys.sorted() where !known.contains(key) {
        problems.append("\(key) in the \(name) catalog is no message of the interface")
      }
      for (key, message) in catalog.messages.sorted(by: { $0.key < $1.key }) {
        for form in message.forms {
          do {
            _ = try Template.parse(form)
          } catch {
            problems.append("\(key) in the \(name) catalog: \(error.message)")
          }
        }
        guard let reference, reference.language != catalog.language,
          let original = reference.messages[key]
        else { continue }
        let mine = placeholders(message)
        let theirs = placeholders(original)
        if mine != theirs {
          problems.append(
            "\(key) has placeholders {\(theirs.sorted().joined(separator: "}, {"))} in "
              + "\(reference.language.rawValue) but {\(mine.sorted().joined(separator: "}, {"))} in \(name)")
        }
      }
    }
    return problems
  }

  /// The placeholder names of every form of `message`; `{count}` is filled by the count, so a form
  /// may leave it out.
  static func placeholders(_ message: Catalog.Message) -> Set<String> {
    Set(message.forms.flatMap(Template.variables)).subtracting(["count"])
  }
}
