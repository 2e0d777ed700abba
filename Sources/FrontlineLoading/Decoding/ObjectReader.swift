import Foundation
import FrontlineModel

/// Reads the fields of one JSON object, reporting every wrong type, missing field and unknown field
/// to the file's ``DecodeContext`` instead of stopping at the first.
struct ObjectReader {
  let context: DecodeContext
  let node: JSONNode
  let path: JSONPath
  private let members: [String: JSONMember]

  /// Reads `node` as an object with the given fields; `what` names it in messages ("a step").
  /// Reports a non-object and returns `nil`; reports unknown and duplicate keys and carries on.
  init?(_ node: JSONNode, path: JSONPath, context: DecodeContext, fields: [String], what: String) {
    guard case .object(let list) = node.value else {
      context.error(
        "expected \(what) (a JSON object), found \(node.typeDescription)", at: node.offset, path: path)
      return nil
    }
    self.context = context
    self.node = node
    self.path = path
    var members: [String: JSONMember] = [:]
    // Duplicate keys are reported by the parser, with the place of the first; the first one is read.
    for member in list where members[member.key] == nil {
      let memberPath = path.appending(member.key)
      if !fields.contains(member.key) && !(member.key == "$schema" && path.isEmpty) {
        var message = "unknown field '\(Excerpt.of(member.key))' in \(what)"
        if let guess = Suggestion.closest(to: member.key, in: fields) {
          message += "; did you mean '\(guess)'?"
        } else {
          message += "; expected one of: \(fields.joined(separator: ", "))"
        }
        context.error(message, at: member.keyOffset, path: memberPath)
        continue
      }
      members[member.key] = member
    }
    self.members = members
  }

  /// Whether the object has this field.
  func has(_ key: String) -> Bool { members[key] != nil }

  /// The raw value of a field.
  func value(_ key: String) -> JSONNode? { members[key]?.value }

  /// The byte offset of a field's key, or of the object when the field is absent.
  func keyOffset(_ key: String) -> Int { members[key]?.keyOffset ?? node.offset }

  /// Reports a required field that is absent.
  func reportMissing(_ key: String, hint: String? = nil) {
    var message = "missing required field '\(key)'"
    if let hint { message += " (\(hint))" }
    context.error(message, at: node.offset, path: path)
  }

  private func wrongType(_ key: String, expected: String, found node: JSONNode) {
    context.error(
      "'\(key)' must be \(expected), found \(node.typeDescription)", at: node.offset,
      path: path.appending(key))
  }

  /// A string field. Empty strings are reported unless `allowEmpty`.
  func string(_ key: String, required: Bool = false, allowEmpty: Bool = false) -> String? {
    guard let node = members[key]?.value else {
      if required { reportMissing(key) }
      return nil
    }
    guard case .string(let text) = node.value else {
      wrongType(key, expected: "a string", found: node)
      return nil
    }
    if !allowEmpty && text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      context.error("'\(key)' must not be empty", at: node.offset, path: path.appending(key))
      return nil
    }
    if text.hasPrefix(Skeleton.placeholder) {
      context.warning(
        "'\(key)' still holds a placeholder ('\(Excerpt.of(String(text.prefix(40))))'): write it before trainees "
          + "see it", at: node.offset, path: path.appending(key))
    }
    return text
  }

  /// A kebab-case identifier field such as `id`.
  func identifier(_ key: String = "id", required: Bool = true) -> String? {
    guard let text = string(key, required: required) else { return nil }
    guard Identifier.isValid(text) else {
      context.error(
        "'\(Excerpt.of(text))' is not a valid id: use lower-case letters, digits and single hyphens (e.g. late-delivery)",
        at: members[key]!.value.offset, path: path.appending(key))
      return nil
    }
    return text
  }

  /// A boolean field.
  func bool(_ key: String) -> Bool? {
    guard let node = members[key]?.value else { return nil }
    guard case .bool(let flag) = node.value else {
      wrongType(key, expected: "true or false", found: node)
      return nil
    }
    return flag
  }

  /// A number field within `range`.
  func number(_ key: String, required: Bool = false, in range: ClosedRange<Double>, positive: Bool = false)
    -> Double?
  {
    guard let node = members[key]?.value else {
      if required { reportMissing(key) }
      return nil
    }
    let bounds =
      positive
      ? "a number greater than 0" : "a number from \(format(range.lowerBound)) to \(format(range.upperBound))"
    guard case .number(let value) = node.value else {
      wrongType(key, expected: bounds, found: node)
      return nil
    }
    guard range.contains(value), !positive || value > 0 else {
      context.error(
        "'\(key)' must be \(bounds), found \(format(value))", at: node.offset, path: path.appending(key))
      return nil
    }
    return value
  }

  /// A whole-number field within `range`.
  func integer(_ key: String, required: Bool = false, in range: ClosedRange<Int>) -> Int? {
    guard let node = members[key]?.value else {
      if required { reportMissing(key) }
      return nil
    }
    let expected =
      range.upperBound == Int.max
      ? "a whole number of at least \(range.lowerBound)"
      : "a whole number from \(range.lowerBound) to \(range.upperBound)"
    guard case .number(let value) = node.value, value.rounded() == value else {
      wrongType(key, expected: expected, found: node)
      return nil
    }
    // `Int(exactly:)` refuses what does not fit: `Double(Int.max)` is 2^63, one more than `Int.max`.
    guard let whole = Int(exactly: value), range.contains(whole) else {
      context.error(
        "'\(key)' must be \(expected), found \(format(value))", at: node.offset, path: path.appending(key))
      return nil
    }
    return whole
  }

  /// A field whose value is one of an enumeration's raw values.
  func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type, required: Bool = false)
    -> E? where E.RawValue == String
  {
    guard let text = string(key, required: required) else { return nil }
    if let value = E(rawValue: text) { return value }
    context.error(
      Suggestion.unknownValue(key, text, among: E.allCases.map(\.rawValue)),
      at: members[key]!.value.offset, path: path.appending(key))
    return nil
  }

  /// An array field, as its elements with their paths.
  func array(_ key: String, required: Bool = false, nonEmpty: Bool = false) -> [(
    node: JSONNode, path: JSONPath
  )]? {
    guard let node = members[key]?.value else {
      if required { reportMissing(key) }
      return nil
    }
    guard case .array(let elements) = node.value else {
      wrongType(key, expected: "an array", found: node)
      return nil
    }
    if nonEmpty && elements.isEmpty {
      context.error("'\(key)' must not be empty", at: node.offset, path: path.appending(key))
      return nil
    }
    return elements.enumerated().map { ($0.element, path.appending(key).appending($0.offset)) }
  }

  /// A field holding one string or a list of strings (message bubbles).
  func texts(_ key: String, required: Bool = false) -> [Located<String>]? {
    guard let node = members[key]?.value else {
      if required { reportMissing(key) }
      return nil
    }
    if case .string = node.value {
      return string(key).map { [Located($0, offset: node.offset, path: path.appending(key))] }
    }
    guard let elements = array(key, nonEmpty: true) else { return nil }
    return StringList.read(elements, context: context, what: key)
  }

  /// A list of strings, each with its position (phrase lists, id lists).
  func strings(_ key: String, required: Bool = false, nonEmpty: Bool = true) -> [Located<String>]? {
    guard let elements = array(key, required: required, nonEmpty: nonEmpty) else { return nil }
    return StringList.read(elements, context: context, what: key)
  }

  /// A text written once for every language (a string) or by language (an object whose `"en"` is
  /// the text for any language it does not name): `"tip": {"en": "Say sorry.", "ja": "お詫びを。"}`.
  func textByLanguage(_ key: String, required: Bool = false) -> (text: String, others: [String: String])? {
    guard let node = members[key]?.value else {
      if required { reportMissing(key) }
      return nil
    }
    guard case .object(let entries) = node.value else {
      guard case .string = node.value else {
        wrongType(key, expected: "a string or an object of texts by language", found: node)
        return nil
      }
      return string(key, required: required).map { ($0, [:]) }
    }
    var texts: [String: String] = [:]
    for entry in entries {
      let entryPath = path.appending(key).appending(entry.key)
      guard case .string(let text) = entry.value.value,
        !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
      else {
        context.error(
          "each '\(key)' by language must be a non-empty string", at: entry.value.offset, path: entryPath)
        continue
      }
      texts[entry.key] = text
    }
    guard let english = texts.removeValue(forKey: "en") else {
      context.error(
        "'\(key)' by language needs \"en\", the text for every other language", at: node.offset,
        path: path.appending(key))
      return nil
    }
    return (english, texts)
  }

  /// A nested object field.
  func object(_ key: String, required: Bool = false, fields: [String], what: String) -> ObjectReader? {
    guard let node = members[key]?.value else {
      if required { reportMissing(key) }
      return nil
    }
    return ObjectReader(node, path: path.appending(key), context: context, fields: fields, what: what)
  }

  /// A spot for a field (or the object when absent), for checks made after loading.
  func spot(_ key: String) -> SourceSpot {
    if let member = members[key] { return context.spot(member.value.offset, path.appending(key)) }
    return context.spot(node.offset, path)
  }

  private func format(_ value: Double) -> String {
    value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}

/// A value with the place it was written.
struct Located<Value> {
  var value: Value
  var offset: Int
  var path: JSONPath

  init(_ value: Value, offset: Int, path: JSONPath) {
    self.value = value
    self.offset = offset
    self.path = path
  }
}

/// Reads arrays of strings.
enum StringList {
  static func read(_ elements: [(node: JSONNode, path: JSONPath)], context: DecodeContext, what: String)
    -> [Located<String>]
  {
    elements.compactMap { element in
      guard case .string(let text) = element.node.value else {
        context.error(
          "each entry of '\(what)' must be a string, found \(element.node.typeDescription)",
          at: element.node.offset, path: element.path)
        return nil
      }
      guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
        context.error("an entry of '\(what)' is empty", at: element.node.offset, path: element.path)
        return nil
      }
      return Located(text, offset: element.node.offset, path: element.path)
    }
  }
}
