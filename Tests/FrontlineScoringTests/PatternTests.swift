import Foundation
import FrontlineLoading
import FrontlineModel
import Testing

@testable import FrontlineScoring

/// Patterns run on ICU, gated by the literals of the parsed pattern: the prefilter must never turn
/// away a reply ICU matches, matches are reported in the normalised text's scalars, and no pattern may
/// run past its budget.
@Suite struct PatternTests {
  static let patterns = [
    #"\b(3|three)\s*(-|to)\s*(5|five) (business |working )?days\b"#, #"\$\s?\d+(\.\d\d)?"#,
    #"\border [a-z]\d{4}\b"#, #"\b(within|in) \d+ (hours|days)\b"#, #"\bcase (number )?\d{5,}\b"#,
    #"colou?r"#, #"a.*b"#, #"a.*?b"#, #"^hi\b"#, #"days$"#, #"[^a-z ]+"#, #"\w+@\w+\.com"#, #"(ab|a)(c|bcd)"#,
    #"x{2,3}"#, #"\bno\B"#, #"[-a-c]+"#, #"交換(いたします|します)"#, #"\d{1,2}/\d{1,2}"#,
    #"(?:re)?ship(ping|ped)?"#, #"[\d.]+ ?%"#, #"(?=.*refund)"#, #"(?<!not )sorry"#, #"(\w)\1"#,
    #"(?i)Sorry"#,
    #"\p{L}+"#, #"a++"#, #"(?i)strasse"#, #"(?i)straße"#, #"(?i)σοφός"#, #"(?i:お詫び)申し上げます"#,
    #"pay[- ]as[- ]you[- ]go"#, #"(?s)^(?=.*\bplus\b)(?=.*\$\s?9(?![.,]?\d))"#, #"\Q$9.99\E"#,
    #"(?x) three \s+ days  # spaced out"#,
  ]

  static let texts = [
    "it will arrive in 3-5 business days.", "three to five working days, I promise", "the charge was $49.99",
    "your order b1234 and order c12", "within 24 hours or in 2 days", "case number 123456 and case 99",
    "color colour", "aaab", "hi there", "a few days", "100% sure!", "mail me at dana@example.com",
    "abcd acd", "xxxx", "nobody no", "a-b-c", "新品と交換いたします。", "by 12/31 or 1/2", "reshipping now, shipped",
    "12.5 % off", "", "  ", "🙂 émoji ok 3-5 days", "a refund, not sorry, but sorry", "STRASSE and Straße",
    "ΣΟΦΟΣ", "心よりお詫び申し上げます", "Pay as you go at $9 on Plus", "it costs $9.99", "Three   days",
    "so sorry, llama",
  ]

  /// ICU's first match in the normalised text, in scalar offsets.
  static func icu(_ pattern: String, _ text: NormalizedText) throws -> Range<Int>? {
    let string = text.string
    let expression = try NSRegularExpression(pattern: pattern)
    guard
      let match = expression.firstMatch(in: string, range: NSRange(location: 0, length: string.utf16.count)),
      let range = Range(match.range, in: string)
    else { return nil }
    let start = string.unicodeScalars.distance(from: string.startIndex, to: range.lowerBound)
    return start..<(start + string.unicodeScalars.distance(from: range.lowerBound, to: range.upperBound))
  }

  /// Whether the prefilter lets a pattern run on a reply, by a plain search for each literal.
  static func admits(_ pattern: CompiledPattern, _ text: NormalizedText) -> Bool {
    pattern.prefilter.admits { index in
      let literal = pattern.prefilter.literals[index]
      guard literal.count <= text.scalars.count else { return false }
      return (0...(text.scalars.count - literal.count)).contains { start in
        text.scalars[start..<(start + literal.count)].elementsEqual(literal)
      }
    }
  }

  @Test(arguments: patterns)
  func findsWhatICUFindsAndThePrefilterLetsItThrough(pattern: String) throws {
    let compiled = try CompiledPattern(pattern)
    for text in Self.texts {
      let normalized = TextNormalizer.normalize(text)
      let expected = try Self.icu(pattern, normalized)
      #expect(
        compiled.firstMatch(in: normalized.utf16) == expected.map(CompiledPattern.Outcome.matched)
          ?? .notMatched,
        "\(pattern) on \"\(text)\"")
      if expected != nil { #expect(Self.admits(compiled, normalized), "\(pattern) turned away \"\(text)\"") }
    }
  }

  @Test func thePrefilterTurnsAwayRepliesWithoutTheLiterals() throws {
    let window = try CompiledPattern(#"\b(within|in) \d+ (hours|days)\b"#)
    #expect(!Self.admits(window, TextNormalizer.normalize("I will look into it today")))
    #expect(Self.admits(window, TextNormalizer.normalize("in 2 days")))
    let date = try CompiledPattern("12日|土曜|予定日.{0,8}(変わりません|そのまま)")
    #expect(!Self.admits(date, TextNormalizer.normalize("予定日は未定です")))
    #expect(Self.admits(date, TextNormalizer.normalize("予定日はそのままです")))
  }

  @Test func reportsMatchesInScalarsPastTheBasicPlane() throws {
    let text = TextNormalizer.normalize("🙂 Émoji OK")
    #expect(try CompiledPattern("ok").firstMatch(in: text.utf16) == .matched(8..<10))
    #expect(try CompiledPattern("🙂 é").firstMatch(in: text.utf16) == .matched(0..<3))
  }

  /// `(?i)(a+)+$` backtracks exponentially on a run of `a` that does not end the reply: without a
  /// budget, 28 characters took seconds and 200 never finished.
  @Test func aPatternThatBacktracksWithoutEndStopsAtItsBudget() throws {
    let criterion = Criterion(
      id: "runs-of-a", category: "accuracy", description: "Runs of a", check: .pattern("(?i)(a+)+$"))
    let card = try CompiledScorecard(
      Scorecard(categories: Category.defaults, passMark: 70, criteria: [criterion], context: ScoringContext())
    )
    let reply = String(repeating: "a", count: 199) + "!"
    let clock = ContinuousClock()
    var score: ReplyScore?
    let elapsed = clock.measure { score = card.score(reply) }
    #expect(elapsed < .seconds(5))
    let result = try #require(score?.criteria.first)
    #expect(!result.met)
    #expect(result.note?.contains("exceeded its time budget") == true)
    #expect(
      score?.notes.contains { $0.hasPrefix("criterion 'runs-of-a': the pattern exceeded its time budget") }
        == true)
    // The same pattern on a reply it matches is met, within the budget.
    #expect(card.score(String(repeating: "a", count: 199)).criteria[0].met)
  }

  /// A prohibition written as a lookahead over the whole reply is run as what it prohibits, inverted:
  /// only that form, with its closing bracket found past escapes and character classes.
  @Test func aProhibitionIsRunAsWhatItProhibits() {
    func absence(_ pattern: String) -> String? {
      CompiledPattern.absence(pattern).map { "\($0.body) \($0.width)" }
    }
    #expect(absence(#"^(?![\s\S]*(?:foo|bar))"#) == "(?:foo|bar) 0")
    #expect(absence(#"^(?![\s\S]*?\bfoo\)\b)[\s\S]"#) == #"\bfoo\)\b 1"#)
    #expect(absence(#"^(?![\s\S]*[(]x)"#) == "[(]x 0")
    #expect(CompiledPattern.absence(#"^(?![\s\S]*foo)bar"#) == nil)
    #expect(CompiledPattern.absence(#"^(?!foo)"#) == nil)
    #expect(CompiledPattern.absence(#"\bfoo\b"#) == nil)
  }

  /// Every bundled pattern, over every bundled example and labelled reply: the prefilter and ICU
  /// together give ICU's answer.
  @Test func scoresBundledPatternsLikeICU() throws {
    let library = LibraryQualityTests.library
    var patterns: [String] = []
    for rubric in library.rubrics {
      patterns += rubric.criteria.compactMap { if case .pattern(let p) = $0.check { p } else { nil } }
    }
    for scenario in library.scenarios {
      for step in scenario.steps {
        patterns += step.criteria.compactMap { if case .pattern(let p) = $0.check { p } else { nil } }
      }
    }
    #expect(patterns.count >= 20)
    var replies = library.rubrics.flatMap { $0.examples.map(\.response) }
    for id in [
      "late-delivery-refund", "double-charge-escalation", "plan-upgrade-upsell", "defective-kettle-ja",
    ] {
      replies += try LibraryQualityTests.labels(id).map(\.response)
    }
    for pattern in Set(patterns) {
      let criterion = Criterion(id: "p", category: "accuracy", description: "p", check: .pattern(pattern))
      let card = try CompiledScorecard(
        Scorecard(
          categories: Category.defaults, passMark: 70, criteria: [criterion], context: ScoringContext()))
      for reply in replies {
        let expected = try Self.icu(pattern, TextNormalizer.normalize(reply)) != nil
        #expect(card.score(reply).criteria[0].met == expected, "\(pattern) on \(reply.prefix(60))")
      }
    }
  }

  @Test func theVerdictIsTheScoreWithoutTheExplanation() throws {
    let library = LibraryQualityTests.library
    for scenario in library.scenarios {
      let step = scenario.steps[0]
      let card = try CompiledScorecard(Scorecard.forStep(step, in: scenario, library: library))
      for example in library.rubrics.flatMap(\.examples).prefix(60) {
        let score = card.score(example.response, route: example.route)
        let verdict = card.verdict(example.response, route: example.route)
        #expect(verdict.score == score.score)
        #expect(verdict.passed == score.passed)
        #expect(verdict.categories == score.categories)
        #expect(verdict.criticalFailures == score.criticalFailures)
      }
    }
  }
}
