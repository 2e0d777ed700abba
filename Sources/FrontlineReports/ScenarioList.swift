import FrontlineModel
import FrontlineTerminal
import FrontlineText

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
  public func write(_ format: DataFormat, to output: Output, localizer: Localizer) throws {
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
      writeText(to: output, localizer: localizer)
    }
  }

  private func writeText(to output: Output, localizer: Localizer) {
    guard !scenarios.isEmpty else {
      output.line(localizer(ProgressText.noScenariosMatch))
      return
    }
    for line in textLines(style: output.style, localizer: localizer) { output.line(line) }
  }

  /// The scenarios as a table for a person: a header, a line each, and how many there are.
  public func textLines(style: TextStyle, localizer: Localizer) -> [String] {
    let pad = TerminalText.padded
    let width = { (text: String) in TerminalText.width(of: text) }
    let headers = (
      id: localizer(ProgressText.listID), kind: localizer(ProgressText.listKind),
      level: localizer(ProgressText.listLevel), channel: localizer(ProgressText.listChannel),
      language: localizer(ProgressText.listLanguage)
    )
    let idWidth = max(width(headers.id), scenarios.map { width($0.id) }.max() ?? 0)
    let kindWidth = max(
      width(headers.kind), ScenarioKind.allCases.map { width(localizer.kind($0)) }.max() ?? 0)
    let levelWidth = max(width(headers.level), 5)
    let channelWidth = max(
      width(headers.channel), Channel.allCases.map { width(localizer.channel($0)) }.max() ?? 0)
    let languageWidth = max(width(headers.language), 2)
    var lines = [
      style.bold(
        "\(pad(headers.id, idWidth))  \(pad(headers.kind, kindWidth))  \(pad(headers.level, levelWidth))  "
          + "\(pad(headers.channel, channelWidth))  \(pad(headers.language, languageWidth))  "
          + localizer(ProgressText.listTitle))
    ]
    for scenario in scenarios {
      let stars =
        String(repeating: "●", count: scenario.difficulty)
        + String(repeating: "○", count: 5 - scenario.difficulty)
      lines.append(
        "\(style.cyan(pad(scenario.id, idWidth)))  \(pad(localizer.kind(scenario.kind), kindWidth))  "
          + "\(pad(stars, levelWidth))  \(pad(localizer.channel(scenario.channel), channelWidth))  "
          + "\(pad(scenario.language, languageWidth))  " + TerminalText.oneLine(scenario.title))
    }
    lines.append(style.dim(localizer(ProgressText.scenarioCount, count: scenarios.count)))
    return lines
  }
}
