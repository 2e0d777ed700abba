import Foundation
import FrontlineModel
import FrontlineReports
import FrontlineScoring
import FrontlineTerminal
import FrontlineText

/// Scores one reply or a file of them and writes the results.
struct ScoreRunner {
  let library: Library
  let scorecard: CompiledScorecard
  let format: DataFormat
  let output: Output
  let localizer: Localizer

  func scoreOne(_ response: String, route: String?) throws {
    if let problem = ReplyLimit.problem(response) {
      throw CLIError.usage(localizer(CommandText.responseTooLong, ["problem": problem]))
    }
    let score = scorecard.score(response, route: route)
    switch format {
    case .json: output.line(try JSONOutput.encode(score))
    case .text:
      let title =
        "\(scorecard.scorecard.context.scenarioID ?? "") · \(scorecard.scorecard.context.stepID ?? "")"
      for line in ScoreFormatter(style: output.style, localizer: localizer).lines(score, title: title) {
        output.line(line)
      }
    }
  }

  /// One line of a responses file, as scored: a reply to score, or why it cannot be.
  private enum Line {
    case reply(line: Int, response: String, route: String?)
    case problem(line: Int, message: String)

    var number: Int {
      switch self {
      case .reply(let line, _, _), .problem(let line, _): line
      }
    }
  }

  /// Scores every line of a JSON Lines file on all cores; returns whether every line was usable.
  ///
  /// The results keep the file's lines: in JSON, output line N is the result of input line N, and a
  /// line that cannot be scored gives `{"error": "...", "line": N}` in its place (a blank line too), so
  /// a program can pair them up. Each problem is also reported on standard error.
  func scoreFile(_ path: String) throws -> Bool {
    let file = try ResponsesFile(path: path, localizer: localizer)
    var lines: [Line] = file.problems.map { .problem(line: $0.line, message: $0.message) }
    lines += file.blankLines.map { .problem(line: $0, message: localizer(CommandText.blankLine)) }
    for entry in file.entries {
      do {
        lines.append(
          .reply(line: entry.line, response: entry.response, route: try library.checkRoute(entry.route)))
      } catch {
        lines.append(.problem(line: entry.line, message: error.description))
      }
    }
    lines.sort { $0.number < $1.number }
    // In batches, so a large file is scored on every core without holding every result at once; JSON is
    // encoded on the same cores and written a batch at a time.
    var problems = 0
    let scorecard = scorecard
    for start in stride(from: 0, to: lines.count, by: ParallelScoring.batchSize) {
      let batch = lines[start..<min(lines.count, start + ParallelScoring.batchSize)]
      let replies = batch.compactMap { line -> (String, String?)? in
        if case .reply(_, let response, let route) = line { return (response, route) }
        return nil
      }
      var written: [String] = []
      switch format {
      case .json:
        var scored = ParallelScoring.map(replies, with: scorecard) { scorecard.jsonLine($0) }.makeIterator()
        for line in batch {
          switch line {
          case .reply: written.append(scored.next() ?? "")
          case .problem(let number, let message): written.append(Self.errorLine(number, message))
          }
        }
        output.write(Self.lines(written))
      case .text:
        var scored = ParallelScoring.score(replies, with: scorecard).makeIterator()
        for line in batch {
          switch line {
          case .reply(let number, _, _):
            guard let score = scored.next() else { continue }
            let title = localizer(CommandText.lineNumber, ["line": String(number)])
            for text in ScoreFormatter(style: output.style, localizer: localizer).lines(score, title: title) {
              output.line(text)
            }
          case .problem(let number, let message):
            output.line(
              TerminalText.oneLine(
                localizer(CommandText.lineNotScored, ["line": String(number), "message": message])))
          }
          output.line()
        }
      }
      for case .problem(let number, let message) in batch {
        problems += 1
        output.error(
          TerminalText.oneLine(
            localizer(CommandText.fileLineError, ["path": path, "line": String(number), "message": message])))
      }
    }
    if problems > 0 {
      output.error(localizer(CommandText.linesNotScored, count: lines.count, ["problems": String(problems)]))
    }
    return problems == 0
  }

  /// `lines` each ended by a line break, in one text built without copying it again.
  static func lines(_ lines: [String]) -> String {
    var text = ""
    text.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 1 })
    for line in lines {
      text += line
      text += "\n"
    }
    return text
  }

  /// The JSON line standing for an input line that could not be scored.
  static func errorLine(_ line: Int, _ message: String) -> String {
    let object: [String: Any] = ["line": line, "error": message]
    let data =
      (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
    return data.map { String(decoding: $0, as: UTF8.self) } ?? "{\"line\":\(line)}"
  }
}
