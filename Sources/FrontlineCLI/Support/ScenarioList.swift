import FrontlineModel
import FrontlineREPL
import FrontlineReports

/// The scenario list as text for people or JSON for programs.
struct ScenarioList {
  let scenarios: [Scenario]

  /// One scenario as `list --format json` writes it.
  struct Entry: Encodable {
    var id: String
    var title: String
    var kind: ScenarioKind
    var difficulty: Int
    var channel: Channel
    var language: String
    var summary: String?
    var customer: String
    var steps: Int
  }

  func write(_ format: DataFormat, to output: Output) throws {
    switch format {
    case .json:
      output.line(
        try JSONOutput.encode(
          scenarios.map {
            Entry(
              id: $0.id, title: $0.title, kind: $0.kind, difficulty: $0.difficulty, channel: $0.channel,
              language: $0.language, summary: $0.summary, customer: $0.customer.name, steps: $0.steps.count)
          }))
    case .text:
      writeText(to: output)
    }
  }

  private func writeText(to output: Output) {
    guard !scenarios.isEmpty else {
      output.line("No scenarios match.")
      return
    }
    let style = output.style
    let idWidth = scenarios.map { $0.id.count }.max() ?? 2
    let header = "\(pad("ID", idWidth))  \(pad("KIND", 10))  LEVEL  \(pad("CHANNEL", 7))  LANG  TITLE"
    output.line(style.bold(header))
    for scenario in scenarios {
      let stars =
        String(repeating: "●", count: scenario.difficulty)
        + String(repeating: "○", count: 5 - scenario.difficulty)
      output.line(
        "\(style.cyan(pad(scenario.id, idWidth)))  \(pad(scenario.kind.rawValue, 10))  \(stars)  "
          + "\(pad(scenario.channel.rawValue, 7))  \(pad(scenario.language, 4))  "
          + TerminalText.oneLine(scenario.title))
    }
    output.line(style.dim("\(scenarios.count) scenario\(scenarios.count == 1 ? "" : "s")."))
  }

  private func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }
}
