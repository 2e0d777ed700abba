import FrontlineModel
import Testing

@Suite struct TemplateTests {
  let values = ["customer.name": "Dana Reyes", "order": "A1042"]

  @Test func substitutesVariables() {
    #expect(
      Template.render("Hi {customer.name}, order {order}.", values: values) == "Hi Dana Reyes, order A1042.")
  }

  @Test func keepsDoubledBracesLiteral() {
    #expect(Template.render("{{not a variable}} {order}", values: values) == "{not a variable} A1042")
  }

  @Test func leavesUnknownVariablesVisible() {
    #expect(Template.render("{missing}", values: values) == "{missing}")
  }

  @Test func listsVariables() {
    #expect(Template.variables(in: "{a} and {b.c} but not {{d}}") == ["a", "b.c"])
  }

  @Test(arguments: ["an { unclosed", "a } stray", "{bad name}"])
  func rejectsBrokenSyntax(text: String) {
    #expect(throws: Template.SyntaxError.self) { try Template.parse(text) }
  }
}
