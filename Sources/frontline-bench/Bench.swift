import ArgumentParser

/// `frontline-bench`: benchmarks that print the figures the issues set targets for. Build in release:
/// `swift run -c release frontline-bench scoring`.
@main
struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "frontline-bench",
    abstract: "Measure Frontline's speed (build with -c release).",
    subcommands: [
      ScoringBench.self, LibraryScoringBench.self, LadderBench.self, ReportBench.self, TeamLoadBench.self,
    ])
}
