import FrontlineModel

/// Decodes `departments.json`.
enum DepartmentsDecoder {
  static func decode(_ root: JSONNode, context: DecodeContext) -> [Department]? {
    guard
      let reader = ObjectReader(
        root, path: JSONPath(), context: context, fields: ["format", "departments"],
        what: "a department catalog"),
      FormatVersion.check(reader),
      let elements = reader.array("departments", required: true, nonEmpty: true)
    else { return nil }
    var departments: [Department] = []
    for element in elements {
      guard
        let entry = ObjectReader(
          element.node, path: element.path, context: context, fields: ["id", "name", "handles"],
          what: "a department")
      else { continue }
      let id = entry.identifier()
      let name = entry.string("name", required: true)
      let handles = entry.string("handles", required: true)
      guard let id, let name, let handles else { continue }
      if ExpectedRoute.reservedNames.contains(id) {
        context.error(
          "'\(Excerpt.of(id))' is reserved for routing rules and cannot be a department id",
          at: entry.keyOffset("id"),
          path: element.path.appending("id"))
        continue
      }
      if departments.contains(where: { $0.id == id }) {
        context.error(
          "duplicate department id '\(Excerpt.of(id))'", at: entry.keyOffset("id"),
          path: element.path.appending("id"))
        continue
      }
      departments.append(Department(id: id, name: name, handles: handles))
    }
    return departments
  }
}
