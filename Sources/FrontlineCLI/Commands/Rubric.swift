import ArgumentParser

extension Frontline {
  /// `frontline rubric`: tools for trainers to prove a rubric grades like an experienced QA lead.
  struct Rubric: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Test rubrics against their examples and calibrate them against a person's grades.",
      subcommands: [Test.self, Calibrate.self])
  }
}
