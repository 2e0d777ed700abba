import Testing

@testable import FrontlineLoading

@Suite struct JSONParserTests {
  private func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
    try JSONParser.parse(Array(text.utf8))
  }

  private func syntaxError(_ text: String) -> (message: String, location: SourcePosition)? {
    do {
      _ = try parse(text)
      return nil
    } catch {
      return (error.message, SourceText(bytes: Array(text.utf8)).location(of: error.offset))
    }
  }

  @Test func parsesValuesWithOffsets() throws {
    let node = try parse(#"{"a": [1, -2.5e1, true, null], "b": "x\u00e9\ud83d\ude00\n"}"#)
    guard case .object(let members) = node.value else {
      Issue.record("not an object")
      return
    }
    #expect(members.map(\.key) == ["a", "b"])
    #expect(members[0].keyOffset == 1)
    guard case .array(let items) = members[0].value.value, case .number(let number) = items[1].value else {
      Issue.record("not an array of numbers")
      return
    }
    #expect(number == -25)
    #expect(items[1].offset == 10)
    guard case .string(let text) = members[1].value.value else {
      Issue.record("not a string")
      return
    }
    #expect(text == "xé😀\n")
  }

  @Test func keepsDuplicateKeysAndRecordsTheSecond() throws {
    var duplicates: [JSONDuplicateKey] = []
    let node = try JSONParser.parse(Array(#"{"id": "a", "id": "b"}"#.utf8), duplicateKeys: &duplicates)
    guard case .object(let members) = node.value else { return }
    #expect(members.count == 2)
    #expect(duplicates.map(\.offset) == [12])
    #expect(
      syntaxError(#"{"id": "a", "id": "b"}"#)?.message == #"the key "id" is written twice in one object"#)
  }

  @Test(arguments: [
    ("{\n  \"a\": 1\n  \"b\": 2\n}", "expected ',' or '}' after the value of \"a\", found '\"'", 3, 3),
    ("[1, 2,]", "trailing comma before ']'", 1, 7),
    ("{\"a\": 'x'}", "strings must use double quotes, not single quotes", 1, 7),
    ("{\"a\": 1} x", "unexpected 'x' after the end of the JSON value", 1, 10),
    ("{\"a\": \"unterminated\n}", "the string is not closed before the end of the line: missing '\"'", 1, 7),
    ("{\"a\": 01}", "numbers cannot have leading zeros", 1, 7),
    ("   ", "the file is empty; expected a JSON object", 1, 4),
    ("{\"é\": tru}", "expected a value, found 't'", 1, 7),
    ("// note\n{}", "comments are not allowed in JSON", 1, 1),
    ("[\"\\q\"]", "unknown escape '\\q' in a string", 1, 3),
  ])
  func reportsSyntaxErrorsWithLineAndColumn(text: String, message: String, line: Int, column: Int) {
    let error = syntaxError(text)
    #expect(error?.message == message)
    #expect(error?.location == SourcePosition(line: line, column: column))
  }

  @Test func refusesDeepNestingWithoutCrashing() {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let error = syntaxError(deep)
    #expect(error?.message == "arrays and objects are nested more than 64 levels deep")
    #expect(error?.location.column == 65)
  }

  @Test func acceptsNestingUpToTheLimit() throws {
    let depth = JSONParser.maximumDepth
    _ = try parse(String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
  }

  @Test func countsColumnsInCharactersNotBytes() {
    let text = "{\"名前\": x}"
    #expect(syntaxError(text)?.location == SourcePosition(line: 1, column: 8))
  }

  @Test func skipsAByteOrderMark() throws {
    _ = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("{}".utf8))
  }
}
