// swift-format-ignore-file: the expected diagnostics are golden lines, kept whole.

import Testing

@testable import FrontlineLoading

/// Every kind of broken file the issue names is a fixture here, checked against the small valid library
/// in `Tests/Fixtures/library`, and reported with file, line, column and JSON path.
@Suite struct BrokenFileTests {
  static let cases: [(file: String, expected: [String])] = [
    (
      "bad-graph.json",
      [
        ":10:3: error: unknown template variable '{plan}'; define it in the scenario's 'variables' (at briefing)",
        ":19:11: error: the last transition must have no 'when', so that every reply leads somewhere (at steps[0].next[1].when)",
        ":19:29: error: unknown criterion 'apologizes' in this step's scorecard; did you mean 'apologises'? (at steps[0].next[1].when.met[0])",
        ":22:5: error: no ending can be reached from step 'loop-a': its transitions only loop between steps (at steps[1])",
        ":28:5: error: no ending can be reached from step 'loop-b': its transitions only loop between steps (at steps[2])",
        ":34:5: error: step 'orphan' is unreachable: no transition leads to it from the first step 'opening' (at steps[3])",
        ":38:26: error: 'goto' names 'dnoe', which is neither a step nor an ending; did you mean 'done'? (at steps[3].next[0].goto)",
      ]
    ),
    (
      "bad-ladder.json",
      [
        ":4:5: error: the first level is where every trainee starts, so it cannot have requirements (at levels[0].requirements)",
        #":7:16: error: 'title' needs at least an English title: {"en": "Agent"} (at levels[1].title)"#,
        ":9:32: error: unknown kind 'complaints'; did you mean 'complaint'? Expected one of: complaint, escalation, upsell, inquiry (at levels[1].requirements[0].kind)",
        ":10:11: error: unknown category 'tone'; known: accuracy, empathy, routing (at levels[1].requirements[1].average)",
        #":11:9: error: a requirement is either {"passed": N, ...} or {"average": CATEGORY, "atLeast": X, "last": N} (at levels[1].requirements[2])"#,
      ]
    ),
    (
      "bad-rubric.json",
      [
        ":1:1: warning: the rubric has no examples: add sample replies with their expected outcome so `frontline rubric test` can check it",
        ":5:3: warning: category 'accuracy' has no criteria, so it is never scored (at categories.accuracy)",
        ":5:3: warning: category 'routing' has no criteria, so it is never scored (at categories.routing)",
        ":5:30: error: the weight of 'empathy' must be a number greater than 0 (at categories.empathy)",
        ":5:45: error: the weight of 'accuracy' must be a number greater than 0 (at categories.accuracy)",
        ":5:60: error: the weight of 'clarity' must be a number greater than 0 (at categories.clarity)",
        ":6:15: error: 'passMark' must be a number from 0 to 100, found 120 (at passMark)",
        ":8:103: error: 'any' must not be empty (at criteria[0].any)",
        ":9:97: error: the pattern does not compile as a regular expression: an unclosed group at character 8 (marked ▸): '(refund▸' (at criteria[1].pattern)",
        ":10:5: error: a criterion needs exactly one check: any, all, none, pattern, usesName, route, length, maxCount, together, sentences, acknowledges, fact, facts (at criteria[2])",
        ":11:106: error: a criterion has exactly one check, but this one has 'any' and 'none' (at criteria[3].none)",
        ":12:29: error: unknown category 'tone'; declare it in 'categories' (accuracy, empathy, routing) (at criteria[4].category)",
        ":13:105: error: '*' goes at the end of a word, to match its endings (apologi*, count* toward*); found 'apo*gise' (at criteria[5].any[0])",
        ":14:108: error: empty phrase list (at criteria[6].all[1])",
        #":17:62: error: 'expect' must be "pass" or "fail", found "passes" (at examples[0].expect)"#,
      ]
    ),
    (
      "binary-garbage.json",
      [
        ":1:1: error: this is a binary file, not JSON text"
      ]
    ),
    (
      "duplicate-id.json",
      [
        ":3:9: error: duplicate rubric id 'refund-basics': also defined in library/rubrics/refund-basics.json:3 (at id)"
      ]
    ),
    (
      "empty-file.json",
      [
        ":1:1: error: malformed JSON: the file is empty; expected a JSON object"
      ]
    ),
    (
      "invalid-utf8.json",
      [
        ":3:13: error: the file is not valid UTF-8 text (byte 0xE9); save it as UTF-8"
      ]
    ),
    (
      "malformed-json.json",
      [
        #":5:3: error: malformed JSON: expected ',' or '}' after the value of "title", found '"'"#
      ]
    ),
    (
      "unknown-format.json",
      [
        ":2:13: error: unknown format version 2: this frontline reads format 1; upgrade frontline to read it (at format)"
      ]
    ),
    (
      "unreachable-step.json",
      [
        ":14:5: error: step 'orphan' is unreachable: no transition leads to it from the first step 'opening' (at steps[1])",
        ":15:5: error: step 'trap' is unreachable: no transition leads to it from the first step 'opening' (at steps[2])",
      ]
    ),
    (
      "wrong-fields.json",
      [
        ":1:1: error: missing required field 'title'",
        ":4:3: error: unknown field 'titel' in a scenario; did you mean 'title'? (at titel)",
        ":5:11: error: unknown kind 'complaints'; did you mean 'complaint'? Expected one of: complaint, escalation, upsell, inquiry (at kind)",
        ":6:17: error: 'difficulty' must be a whole number from 1 to 5, found a string (at difficulty)",
        ":8:15: error: 'en_US' is not a BCP 47 language tag (e.g. en, en-GB, ja) (at language)",
        ":9:40: error: unknown mood 'livid'; expected one of: furious, angry, annoyed, neutral, satisfied, delighted (at customer.mood)",
        ":11:15: error: unknown rubric 'refund-basic'; did you mean 'refund-basics'? (at rubrics[0])",
        ":16:7: error: unknown department 'billng'; did you mean 'billing'? (at steps[0].route)",
      ]
    ),
  ]

  @Test(arguments: cases.map(\.file))
  func reportsEveryProblemWithItsPlace(file: String) {
    let expected = Self.cases.first { $0.file == file }!.expected
    let path = Fixtures.broken(file)
    let result = LibraryLoader.load(paths: [path], contextPaths: Fixtures.libraryContent)
    let lines = result.diagnostics.map {
      $0.formatted.replacingOccurrences(of: path, with: "").replacingOccurrences(
        of: Fixtures.root + "/", with: "")
    }
    #expect(lines == expected)
    #expect(result.errorCount > 0)
  }
}
