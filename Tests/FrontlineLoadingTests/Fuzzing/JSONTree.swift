@testable import FrontlineLoading

/// A JSON document the mutator can edit and write back: numbers keep their text, so a mutant can hold
/// `9223372036854775807` exactly, and objects keep duplicate keys.
indirect enum JSONTree {
  case null
  case bool(Bool)
  case number(String)
  case string(String)
  case array([JSONTree])
  case object([(key: String, value: JSONTree)])

  init(_ node: JSONNode) {
    switch node.value {
    case .null: self = .null
    case .bool(let flag): self = .bool(flag)
    case .number(let value):
      self = .number(value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value))
    case .string(let text): self = .string(text)
    case .array(let elements): self = .array(elements.map(JSONTree.init))
    case .object(let members): self = .object(members.map { (key: $0.key, value: JSONTree($0.value)) })
    }
  }

  /// The child positions of every value, the root included (`[]`), depth first.
  var paths: [[Int]] {
    var result: [[Int]] = [[]]
    switch self {
    case .array(let elements):
      for (index, element) in elements.enumerated() { result += element.paths.map { [index] + $0 } }
    case .object(let members):
      for (index, member) in members.enumerated() { result += member.value.paths.map { [index] + $0 } }
    default: break
    }
    return result
  }

  /// The value at a path from ``paths``.
  func value(at path: [Int]) -> JSONTree {
    guard let first = path.first else { return self }
    switch self {
    case .array(let elements): return elements[first].value(at: Array(path.dropFirst()))
    case .object(let members): return members[first].value.value(at: Array(path.dropFirst()))
    default: return self
    }
  }

  /// This document with the value at `path` changed by `change`.
  func replacing(at path: [Int], _ change: (JSONTree) -> JSONTree) -> JSONTree {
    guard let first = path.first else { return change(self) }
    let rest = Array(path.dropFirst())
    switch self {
    case .array(var elements):
      elements[first] = elements[first].replacing(at: rest, change)
      return .array(elements)
    case .object(var members):
      members[first].value = members[first].value.replacing(at: rest, change)
      return .object(members)
    default: return self
    }
  }

  /// The document as JSON text.
  var text: String {
    var output = ""
    write(to: &output)
    return output
  }

  private func write(to output: inout String) {
    switch self {
    case .null: output += "null"
    case .bool(let flag): output += flag ? "true" : "false"
    case .number(let text): output += text
    case .string(let text): JSONTree.writeString(text, to: &output)
    case .array(let elements):
      output += "["
      for (index, element) in elements.enumerated() {
        if index > 0 { output += ", " }
        element.write(to: &output)
      }
      output += "]"
    case .object(let members):
      output += "{\n"
      for (index, member) in members.enumerated() {
        if index > 0 { output += ",\n" }
        JSONTree.writeString(member.key, to: &output)
        output += ": "
        member.value.write(to: &output)
      }
      output += "\n}"
    }
  }

  private static func writeString(_ text: String, to output: inout String) {
    output += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\t": output += "\\t"
      case "\r": output += "\\r"
      case _ where scalar.value < 0x20:
        output += "\\u00" + String(scalar.value >> 4, radix: 16) + String(scalar.value & 0xF, radix: 16)
      default: output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }
}
