import Foundation

/// JSON with its fields in the order they are written, pretty-printed as the bundled files are: two
/// spaces, a list of short strings on one line.
indirect enum SkeletonJSON: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByBooleanLiteral
{
  case string(String)
  case number(Int)
  case bool(Bool)
  case array([SkeletonJSON])
  case object(KeyValuePairs<String, SkeletonJSON>)

  init(stringLiteral value: String) { self = .string(value) }
  init(integerLiteral value: Int) { self = .number(value) }
  init(booleanLiteral value: Bool) { self = .bool(value) }

  /// The text, indented by `indent` after each line break.
  func rendered(indent: String = "") -> String {
    switch self {
    case .string(let text): return Self.quoted(text)
    case .number(let number): return String(number)
    case .bool(let value): return value ? "true" : "false"
    case .array(let items):
      if items.isEmpty { return "[]" }
      if items.allSatisfy({ if case .string = $0 { true } else { false } }) {
        let line = "[" + items.map { $0.rendered() }.joined(separator: ", ") + "]"
        if line.count <= 80 { return line }
      }
      let inner = indent + "  "
      return "[\n" + items.map { inner + $0.rendered(indent: inner) }.joined(separator: ",\n")
        + "\n\(indent)]"
    case .object(let members):
      if members.isEmpty { return "{}" }
      let inner = indent + "  "
      return "{\n"
        + members.map { inner + Self.quoted($0.key) + ": " + $0.value.rendered(indent: inner) }.joined(
          separator: ",\n") + "\n\(indent)}"
    }
  }

  private static func quoted(_ text: String) -> String {
    let data = try? JSONSerialization.data(
      withJSONObject: text, options: [.fragmentsAllowed, .withoutEscapingSlashes])
    return data.map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
  }
}
