import FrontlineModel
import Testing

@testable import FrontlineLoading

/// The JSON Schemas editors use must accept exactly the fields the decoders read.
@Suite struct SchemaTests {
  private func properties(_ schema: JSONNode, _ path: String...) -> Set<String> {
    let members = object(schema, path.isEmpty ? ["properties"] : ["$defs"] + path + ["properties"])
    return Set((members ?? []).map(\.key))
  }

  private func object(_ node: JSONNode, _ keys: [String]) -> [JSONMember]? {
    var current: JSONNode? = node
    for key in keys {
      guard case .object(let members)? = current?.value else { return nil }
      current = members.first { $0.key == key }?.value
    }
    guard case .object(let members)? = current?.value else { return nil }
    return members
  }

  private func schema(_ kind: AuthoredKind) throws -> JSONNode {
    try JSONParser.parse(Array(JSONSchemas.schema(for: kind).utf8))
  }

  @Test(arguments: AuthoredKind.allCases)
  func isADraft2020Schema(kind: AuthoredKind) throws {
    let root = try schema(kind)
    guard case .object(let members) = root.value,
      case .string(let dialect)? = members.first(where: { $0.key == "$schema" })?.value.value
    else {
      Issue.record("\(kind) schema has no $schema")
      return
    }
    #expect(dialect == "https://json-schema.org/draft/2020-12/schema")
  }

  @Test(arguments: AuthoredKind.allCases)
  func everyReferenceResolvesAfterTheSharedDefinitionsAreSpliced(kind: AuthoredKind) throws {
    let text = JSONSchemas.schema(for: kind)
    #expect(!text.contains("$include"))
    let defined = Set((object(try schema(kind), ["$defs"]) ?? []).map(\.key))
    let referenced = Set(text.matches(of: /"#\/\$defs\/([a-zA-Z]+)"/).map { String($0.1) })
    #expect(!referenced.isEmpty)
    #expect(referenced.subtracting(defined).isEmpty, "\(kind): \(referenced.subtracting(defined))")
  }

  @Test func scenarioSchemaMatchesTheDecoder() throws {
    let root = try schema(.scenario)
    #expect(properties(root) == Set(ScenarioDecoder.fields + ["$schema"]))
    #expect(properties(root, "step") == Set(StepDecoder.fields))
    #expect(properties(root, "condition") == Set(StepDecoder.conditionFields))
    #expect(properties(root, "criterion") == Set(CriterionDecoder.fields))
    #expect(properties(root, "example") == Set(ExampleDecoder.fields))
  }

  @Test func rubricSchemaMatchesTheDecoder() throws {
    let root = try schema(.rubric)
    #expect(properties(root) == Set(RubricDecoder.fields + ["$schema"]))
    #expect(properties(root, "criterion") == Set(CriterionDecoder.fields))
    #expect(properties(root, "example") == Set(ExampleDecoder.fields))
  }

  @Test func ladderAndDepartmentSchemasMatchTheDecoders() throws {
    let ladder = try schema(.ladder)
    #expect(properties(ladder) == Set(LadderDecoder.fields + ["$schema"]))
    #expect(properties(ladder, "level") == Set(LadderDecoder.levelFields))
    let departments = try schema(.departments)
    #expect(properties(departments) == ["format", "departments", "$schema"])
  }
}
