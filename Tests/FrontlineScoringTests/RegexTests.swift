import Foundation
import FrontlineLoading
import FrontlineModel
import Testing

@testable import FrontlineScoring

/// Frontline's own regular-expression machine must find exactly what ICU finds, and the literal
/// prefilter must never skip a reply ICU would match.
@Suite struct RegexTests {
  static let patterns = [
    #"\b(3|three)\s*(-|to)\s*(5|five) (business |working )?days\b"#, #"\$\s?\d+(\.\d\d)?"#,
    #"\border [a-z]\d{4}\b"#, #"\b(within|in) \d+ (hours|days)\b"#, #"\bcase (number )?\d{5,}\b"#,
    #"colou?r"#, #"a.*b"#, #"a.*?b"#, #"^hi\b"#, #"days$"#, #"[^a-z ]+"#, #"\w+@\w+\.com"#, #"(ab|a)(c|bcd)"#,
    #"x{2,3}"#, #"\bno\B"#, #"[-a-c]+"#, #"(a*)*b"#, #"交換(いたします|します)"#, #"\d{1,2}/\d{1,2}"#,
    #"(?:re)?ship(ping|ped)?"#, #"[\d.]+ ?%"#,
  ]

  static let texts = [
    "it will arrive in 3-5 business days.", "three to five working days, I promise", "the charge was $49.99",
    "your order b1234 and order c12", "within 24 hours or in 2 days", "case number 123456 and case 99",
    "color colour", "aaab", "hi there", "a few days", "100% sure!", "mail me at dana@example.com",
    "abcd acd", "xxxx", "nobody no", "a-b-c", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac", "新品と交換いたします。",
    "by 12/31 or 1/2", "reshipping now, shipped", "12.5 % off", "", "  ", "🙂 émoji ok 3-5 days",
  ]

  @Test(arguments: patterns)
  func agreesWithICU(pattern: String) throws {
    let compiled = try CompiledPattern(pattern)
    let program = try #require(compiled.program, "\(pattern) should be within the machine's subset")
    for text in Self.texts {
      let normalized = TextNormalizer.normalize(text)
      let string = normalized.string
      let mine = RegexMachine.firstMatch(program, in: normalized.scalars)
      let icu = compiled.icuFirstMatch(in: string)
      #expect(
        mine == icu,
        "\(pattern) on \"\(text)\": \(String(describing: mine)) vs ICU \(String(describing: icu))")
    }
  }

  @Test(arguments: [#"(?=.*refund)"#, #"(?<!not )sorry"#, #"(\w)\1"#, #"(?i)Sorry"#, #"\p{L}+"#, #"a++"#])
  func leavesTheRestToICU(pattern: String) throws {
    #expect(try CompiledPattern(pattern).program == nil)
  }

  @Test func findsRequiredLiterals() {
    #expect(RequiredLiteral.branches(in: #"\border [a-z]\d{4}"#)! == [[["order "]]])
    #expect(
      RequiredLiteral.branches(in: #"\b(within|in) \d+ (hours|days)\b"#)! == [
        [["within", "in"], ["hours", "days"]]
      ])
    #expect(RequiredLiteral.branches(in: "refund|reship")! == [[["refund"]], [["reship"]]])
    #expect(RequiredLiteral.branches(in: #"\d+|days"#) == nil)
    #expect(RequiredLiteral.branches(in: #"\Qa.b\E"#) == nil)
  }

  /// Every bundled pattern, over every bundled example and labelled reply: the prefilter and the
  /// machine together give ICU's answer.
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
      let icu = try CompiledPattern(pattern)
      for reply in replies {
        let expected = icu.icuFirstMatch(in: TextNormalizer.normalize(reply).string) != nil
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
