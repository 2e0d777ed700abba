import ArgumentParser

/// `frontline-bench`: benchmarks that print the figures the issues set targets for. Build in release:
/// `swift run -c release frontline-bench scoring`.
@main
struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "frontline-bench",
    abstract: "Measure Frontline's speed (build with -c release).",
    subcommands: subcommands)

  private static var subcommands: [any ParsableCommand.Type] {
    var all: [any ParsableCommand.Type] = [
      ScoringBench.self, LibraryScoringBench.self, PatternBench.self, LadderBench.self, ReportBench.self,
    ]
    #if PostgreSQL
      all.append(TeamLoadBench.self)
    #endif
    return all
  }
}
