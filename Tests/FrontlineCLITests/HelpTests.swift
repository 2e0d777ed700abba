import Foundation
import Testing

/// `frontline --help` is the map of the tool: a golden copy catches a command lost or renamed.
@Suite struct HelpTests {
  @Test func theHelpListsEveryCommand() async throws {
    let outcome = try await FrontlineProcess.run(["--help"], environment: ["COLUMNS": "80"])
    #expect(outcome.status == 0)
    let golden = try String(contentsOfFile: FrontlineProcess.fixtures + "/help.txt", encoding: .utf8)
    #expect(outcome.stdout == golden)
  }

  @Test(arguments: ["practice", "score", "report", "review", "validate"])
  func everyCommandExplainsItself(command: String) async throws {
    let outcome = try await FrontlineProcess.run([command, "--help"])
    #expect(outcome.status == 0)
    #expect(outcome.stdout.hasPrefix("OVERVIEW: "))
  }
}
