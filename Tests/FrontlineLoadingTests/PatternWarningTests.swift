// swift-format-ignore-file: the expected diagnostics are golden lines, kept whole.

import Testing

@testable import FrontlineLoading

/// `frontline validate` warns, at the pattern, on repetitions of repetitions, which can make ICU
/// backtrack for longer than any reply deserves.
@Suite struct PatternWarningTests {
  @Test func warnsOnNestedQuantifiersAtThePattern() {
    let path = Fixtures.root + "/patterns/nested-quantifiers.json"
    let result = LibraryLoader.load(paths: [path], contextPaths: Fixtures.libraryContent)
    let lines = result.diagnostics.map { $0.formatted.replacingOccurrences(of: path, with: "") }
      .filter { $0.contains("quantifier") }
    #expect(
      lines == [
        ":8:82: warning: the pattern nests quantifiers, '(a+)+': on a reply that almost matches, ICU can try exponentially many ways to match it and is stopped at its time budget; repeat nothing that itself repeats (for '(a+)+', 'a+') (at criteria[0].pattern)",
        ":9:78: warning: the pattern nests quantifiers, '(a*)*': on a reply that almost matches, ICU can try exponentially many ways to match it and is stopped at its time budget; repeat nothing that itself repeats (for '(a+)+', 'a+') (at criteria[1].pattern)",
        #":10:77: warning: the pattern nests quantifiers, '(\w+\s?)+': on a reply that almost matches, ICU can try exponentially many ways to match it and is stopped at its time budget; repeat nothing that itself repeats (for '(a+)+', 'a+') (at criteria[2].pattern)"#,
      ])
    #expect(result.errorCount == 0)
  }

  /// No bundled pattern nests quantifiers.
  @Test func theBundledLibraryHasNone() {
    let result = LibraryLoader.load(paths: LibraryLocator.contentPaths(of: Fixtures.repository))
    #expect(!result.diagnostics.contains { $0.formatted.contains("nests quantifiers") })
  }
}
