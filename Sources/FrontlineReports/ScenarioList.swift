import FrontlineModel
import FrontlineTerminal

/// The scenario list as text for people or JSON for programs, as `frontline list` and the REPL's
/// `list` show it.
public struct ScenarioList {
  let scenarios: [Scenario]

  public init(scenarios: [Scenario]) { self.scenarios = scenarios }

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

  /// Writes the list as text or JSON.
  public func write(_ format: DataFormat, to output: Output) throws {
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
    for line in textLines(style: output.style) { output.line(line) }
  }

  /// The scenarios as a table for a person: a header, a line each, and how many there are.
  public func textLines(style: TextStyle) -> [String] {
    let idWidth = scenarios.map { TerminalText.width(of: $0.id) }.max() ?? 2
    let pad = TerminalText.padded
    var lines = [
      style.bold("\(pad("ID", idWidth))  \(pad("KIND", 10))  LEVEL  \(pad("CHANNEL", 7))  LANG  TITLE")
    ]
    for scenario in scenarios {
      let stars =
        String(repeating: "●", count: scenario.difficulty)
        + String(repeating: "○", count: 5 - scenario.difficulty)
      lines.append(
        "\(style.cyan(pad(scenario.id, idWidth)))  \(pad(scenario.kind.rawValue, 10))  \(stars)  "
          + "\(pad(scenario.channel.rawValue, 7))  \(pad(scenario.language, 4))  "
          + TerminalText.oneLine(scenario.title))
    }
    lines.append(style.dim("\(scenarios.count) scenario\(scenarios.count == 1 ? "" : "s")."))
    return lines
  }
}
