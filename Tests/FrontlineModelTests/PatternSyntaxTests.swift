import FrontlineModel
import Testing

/// The parsed pattern: the literals every match needs, and repetitions of repetitions.
@Suite struct PatternSyntaxTests {
  private func literals(_ pattern: String) throws -> LiteralRequirement {
    try PatternParser.parse(pattern).requiredLiterals
  }

  @Test func joinsLiteralRunsAcrossGroupsOfAlternatives() throws {
    #expect(try literals(#"\border [a-z]\d{4}"#) == .contains("order "))
    #expect(
      try literals(#"\b(within|in) \d+ (hours|days)\b"#)
        == .all([
          .any([.contains("within "), .contains("in ")]), .any([.contains(" hours"), .contains(" days")]),
        ]))
    #expect(try literals("colou?r") == .any([.contains("colour"), .contains("color")]))
    #expect(try literals("x{2,3}") == .contains("xx"))
    #expect(try literals("pay[- ]as").strings == ["pay-as", "pay as"])
    #expect(try literals(#"\Qa.b\E"#) == .contains("a.b"))
    #expect(try literals("(?x) a b # c") == .contains("ab"))
  }

  @Test func keepsBranchesApart() throws {
    #expect(try literals("refund|reship") == .any([.contains("refund"), .contains("reship")]))
    #expect(try literals(#"\d+|days"#) == .always)
    #expect(
      try literals("12日|予定日.{0,8}(変わりません|そのまま)")
        == .any([
          .contains("12日"), .all([.contains("予定日"), .any([.contains("変わりません"), .contains("そのまま")])]),
        ]))
  }

  @Test func readsLookAround() throws {
    #expect(
      try literals(#"(?s)^(?=.*\bbilling\b)(?=.*\b(5|five) days)"#)
        == .all([.contains("billing"), .any([.contains("5 days"), .contains("five days")])]))
    #expect(try literals(#"(?<!not )sorry"#) == .contains("sorry"))
    #expect(try literals(#"^(?!.*refund)[\s\S]"#) == .always)
    // A negative look-ahead consumes nothing: the literals on either side stay one run.
    #expect(try literals(#"49\.99(?!\d)"#) == .contains("49.99"))
  }

  @Test func keepsOnlyCaselessLettersUnderCaseInsensitivity() throws {
    #expect(try literals("(?i)Sorry") == .contains("orry"))
    #expect(try literals("(?i)お詫び") == .contains("お詫び"))
    #expect(try literals("(?i)straße") == .all([.contains("tra"), .contains("e")]))
    #expect(try literals("a(?i:Σ)c") == .all([.contains("a"), .contains("c")]))
  }

  @Test func splitsOversizedProducts() throws {
    #expect(
      try literals("(a|b|c|d|e)(f|g|h|i)")
        == .all([
          .any([.contains("a"), .contains("b"), .contains("c"), .contains("d"), .contains("e")]),
          .any([.contains("f"), .contains("g"), .contains("h"), .contains("i")]),
        ]))
  }

  @Test(arguments: [
    ("(a+)+", [0..<5]), ("(?i)(a+)+$", [4..<9]), ("(a*)*", [0..<5]), (#"(\w+\s?)+"#, [0..<9]),
    ("x(?:a|bc?)*y", [1..<11]), ("(a?){3,}", [0..<8]),
  ])
  func findsNestedQuantifiers(pattern: String, spans: [Range<Int>]) throws {
    #expect(try PatternParser.parse(pattern).nestedQuantifiers == spans)
  }

  @Test(arguments: [
    "(a|b)+", "(?:x{2})+", #"(?:(?!\bnot\s+sorry).)*"#, "(business |working )?days", "a+b+", #"(\.00)?"#,
  ])
  func acceptsSingleQuantifiers(pattern: String) throws {
    #expect(try PatternParser.parse(pattern).nestedQuantifiers.isEmpty)
  }

  @Test(arguments: ["(abc", "a)", "*a", #"\y"#, "[abc", "(?q)"])
  func refusesWhatIsNoPattern(pattern: String) {
    #expect(throws: PatternParser.Failure.self) { try PatternParser.parse(pattern) }
  }
}
