import Testing

@testable import FrontlineLoading

/// Issue 12, fault 15: a key written twice in one object is an error wherever it is, at the second key,
/// naming the first.
@Suite struct DuplicateKeyTests {
  static let cases: [(file: String, old: String, new: String, expected: String)] = [
    (
      "scenarios/mini-refund.json", #""variables": { "order": "A1042" }"#,
      #""variables": { "order": "A1042", "order": "A1" }"#,
      "10:36: error: duplicate key 'order': it is already set at line 10, column 18; keep one, or the two values would silently disagree (at variables.order)"
    ),
    (
      "scenarios/mini-refund.json", #""title": "A late order","#,
      #""title": "A late order", "title": "Late","#,
      "4:28: error: duplicate key 'title': it is already set at line 4, column 3; keep one, or the two values would silently disagree (at title)"
    ),
    (
      "rubrics/ladder.json", #""title": { "en": "Agent" }"#, #""title": { "en": "Agent", "en": "Boss" }"#,
      "7:33: error: duplicate key 'en': it is already set at line 7, column 18; keep one, or the two values would silently disagree (at levels[1].title.en)"
    ),
    (
      "rubrics/refund-basics.json", #""expect": "fail" }"#,
      #""expect": "fail", "categories": { "empathy": { "max": 40 }, "empathy": { "max": 100 } } }"#,
      "40:128: error: duplicate key 'empathy': it is already set at line 40, column 102; keep one, or the two values would silently disagree (at examples[1].categories.empathy)"
    ),
    (
      "rubrics/refund-basics.json", #""empathy": 40,"#, #""empathy": 40, "empathy": 1,"#,
      "5:34: error: duplicate key 'empathy': it is already set at line 5, column 19; keep one, or the two values would silently disagree (at categories.empathy)"
    ),
  ]

  @Test(arguments: cases.indices)
  func duplicateKeysAreErrorsAtTheSecondKey(index: Int) throws {
    let testCase = Self.cases[index]
    let files = try HostileFiles()
    defer { files.remove() }
    let text = HostileFiles.replacing(
      testCase.old, with: testCase.new, in: try HostileFiles.fixture(testCase.file))
    let path = try files.write(testCase.file, text)
    let result = files.load([path])
    let lines = HostileFiles.lines(result, file: path)
    #expect(lines.filter { $0.contains("duplicate key") } == [testCase.expected])
    #expect(result.errorCount > 0)
  }

  @Test func theParserRecordsDuplicatesAndTheStrictEntryRefusesThem() throws {
    let bytes = Array(#"{"a": {"price": "$89", "price": "$1"}}"#.utf8)
    var duplicates: [JSONDuplicateKey] = []
    _ = try JSONParser.parse(bytes, duplicateKeys: &duplicates)
    #expect(
      duplicates == [
        JSONDuplicateKey(
          key: "price", offset: 23, firstOffset: 7, path: JSONPath([.key("a"), .key("price")]))
      ])
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(bytes) }
  }
}
