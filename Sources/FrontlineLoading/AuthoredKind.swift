/// The four kinds of authored file.
public enum AuthoredKind: String, Sendable, CaseIterable {
  case scenario
  case rubric
  case ladder
  case departments

  /// Tells a file's kind from its name, its top-level fields, or its folder, in that order.
  static func detect(path: String, root: JSONNode) -> AuthoredKind? {
    let components = path.split(separator: "/")
    let name = components.last.map(String.init) ?? path
    if name == "ladder.json" { return .ladder }
    if name == "departments.json" { return .departments }
    if case .object(let members) = root.value {
      let keys = Set(members.map(\.key))
      if keys.contains("steps") { return .scenario }
      if keys.contains("criteria") { return .rubric }
      if keys.contains("levels") { return .ladder }
      if keys.contains("departments") { return .departments }
    }
    if components.count >= 2 {
      switch components[components.count - 2] {
      case "scenarios": return .scenario
      case "rubrics": return .rubric
      default: break
      }
    }
    return nil
  }
}
