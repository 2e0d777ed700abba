import Foundation
import FrontlineModel
import FrontlineReports
import FrontlineScoring
import FrontlineTerminal

/// Scores one reply or a file of them and writes the results.
struct ScoreRunner {
  let library: Library
  let scorecard: CompiledScorecard
  let format: DataFormat
  let output: Output

  func scoreOne(_ response: String, route: String?) throws {
    if let problem = ReplyLimit.problem(response) {
      throw CLIError.usage("--response: \(problem); it was not scored. Shorten it and score it again.")
    }
    let score = scorecard.score(response, route: route)
    switch format {
    case .json: output.line(try JSONOutput.encode(score))
    case .text:
      let title =
        "\(scorecard.scorecard.context.scenarioID ?? "") · \(scorecard.scorecard.context.stepID ?? "")"
      for line in ScoreFormatter(style: output.style).lines(score, title: title) { output.line(line) }
    }
  }

  /// Scores every line of a JSON Lines file on all cores; returns whether every line was usable.
  func scoreFile(_ path: String) throws -> Bool {
    let file = try ResponsesFile(path: path)
    var problems = file.problems
    var usable: [(entry: ResponsesFile.Entry, route: String?)] = []
    for entry in file.entries {
      do {
        usable.append((entry, try library.checkRoute(entry.route)))
      } catch {
        problems.append((entry.line, error.description))
      }
    }
    // In batches, so a large file is scored on every core without holding every result at once; JSON is
    // encoded on the same cores and written a batch at a time.
    for start in stride(from: 0, to: usable.count, by: ParallelScoring.batchSize) {
      let batch = usable[start..<min(usable.count, start + ParallelScoring.batchSize)]
      let replies = batch.map { ($0.entry.response, $0.route) }
      if format == .json {
        let lines = ParallelScoring.map(replies, with: scorecard) { $0.jsonLine }
        output.write(lines.joined(separator: "\n") + "\n")
        continue
      }
      let scores = ParallelScoring.score(replies, with: scorecard)
      for (entry, score) in zip(batch, scores) {
        switch format {
        case .json:
          break
        case .text:
          for line in ScoreFormatter(style: output.style).lines(score, title: "line \(entry.entry.line)") {
            output.line(line)
          }
          output.line()
        }
      }
    }
    for problem in problems.sorted(by: { $0.line < $1.line }) {
      output.error(TerminalText.oneLine("\(path):\(problem.line): error: \(problem.message)"))
    }
    if !problems.isEmpty {
      output.error("\(problems.count) of \(problems.count + usable.count) lines could not be scored.")
    }
    return problems.isEmpty
  }
}
