import Foundation
import Testing

/// The shell completion scripts ask frontline itself for scenario ids, steps and departments, read from
/// the library: run here as a shell runs them.
@Suite struct ShellCompletionTests {
  private func complete(_ words: [String], current: Int, command: String, argument: String) async throws
    -> [String]
  {
    let prefix = words[current]
    let outcome = try await FrontlineProcess.run(
      ["---completion", command, "--", argument, String(current), String(prefix.count)] + words)
    #expect(outcome.status == 0, "\(outcome.stderr)")
    return outcome.stdout.split(separator: "\n").map(String.init)
  }

  @Test func scenarioIdsStepsAndDepartmentsComplete() async throws {
    let library = FrontlineProcess.repository
    let ids = try await complete(
      ["frontline", "score", "--library", library, "late-"], current: 4, command: "score",
      argument: "positional@0")
    #expect(ids == ["late-delivery-refund"])
    let steps = try await complete(
      ["frontline", "score", "--library", library, "double-charge-escalation", "--step", ""], current: 6,
      command: "score", argument: "--step")
    #expect(steps.contains("opening") && steps.contains("demands-manager"))
    let departments = try await complete(
      ["frontline", "score", "--library", library, "x", "--route", "b"], current: 6, command: "score",
      argument: "--route")
    #expect(departments == ["billing"])
    let reported = try await complete(
      ["frontline", "report", "--library", library, "--scenario", "double"], current: 5, command: "report",
      argument: "--scenario")
    #expect(reported == ["double-charge-escalation"])
  }

  @Test(arguments: ["bash", "zsh", "fish"]) func theScriptsAskFrontline(shell: String) async throws {
    let outcome = try await FrontlineProcess.run(["--generate-completion-script", shell])
    #expect(outcome.status == 0)
    #expect(outcome.stdout.contains("---completion score -- positional@0"))
    #expect(outcome.stdout.contains("---completion report -- --scenario"))
  }
}
