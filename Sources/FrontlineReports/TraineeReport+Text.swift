import Foundation
import FrontlineModel
import FrontlineTerminal
import FrontlineText

extension TraineeReport {
  /// The longest reply or customer message quoted in text, in characters; the HTML page shows it whole.
  static let quoted = 240
  /// The most missed criteria listed under a quoted reply, the weightiest first.
  static let missesShown = 4

  /// The report for a person at a terminal, in `localizer`'s language.
  public func textLines(localizer: Localizer) -> [String] {
    func day(_ date: Date) -> String { TeamReport.day(date, localizer: localizer) }
    let rate =
      passRate.map { localizer(ReportText.passRateSuffix, ["rate": "\(Int(($0 * 100).rounded()))%"]) } ?? ""
    var lines = [
      localizer(
        ReportText.textTraineeHeadline, count: attempts,
        ["trainee": TerminalText.oneLine(trainee), "passRate": rate])
    ]
    if let sample = trends.first(where: { $0.recent != nil }), let recent = sample.recent {
      let earlier =
        sample.earlier.map {
          localizer(
            ReportText.textCategoriesEarlier,
            [
              "earlier": Self.count($0.attempts, localizer: localizer),
              "range": Self.range($0, localizer: localizer),
            ])
        } ?? ""
      lines.append("")
      lines.append(
        localizer(
          ReportText.textCategories,
          [
            "latest": Self.count(recent.attempts, localizer: localizer),
            "range": Self.range(recent, localizer: localizer), "earlier": earlier,
          ]))
      let rows = trends.map { trend -> [String] in
        let change = trend.change.map { " (\($0 >= 0 ? "+" : "−")\(localizer.number(abs($0))))" } ?? ""
        return [
          localizer.category(trend.category),
          (trend.recent.map { localizer.number($0.average) } ?? "-") + change,
        ]
      }
      lines += TextTable.lines(rows).map { "  " + $0 }
    }
    if !weakestReplies.isEmpty {
      lines.append("")
      lines.append(localizer(ReportText.textWeakestReplies))
      for weak in weakestReplies {
        lines.append(
          localizer(
            ReportText.textWeakReply,
            [
              "attempt": String(weak.attempt), "date": day(weak.at), "scenario": weak.scenario,
              "step": weak.step,
              "verdict": localizer(weak.passed ? CommonText.pass : CommonText.fail),
              "score": localizer.number(weak.score),
            ]))
        if let customer = weak.customer {
          lines.append(localizer(ReportText.textCustomer, ["text": Self.quote(customer)]))
        }
        lines.append(localizer(ReportText.textReply, ["text": Self.quote(weak.reply)]))
        for miss in weak.missed.prefix(Self.missesShown) {
          var line = localizer(ReportText.textMissed, ["criterion": TerminalText.oneLine(miss.description)])
          if miss.critical { line += localizer(ReportText.textCritical) }
          if let note = miss.note { line += " — \(TerminalText.oneLine(note))" }
          lines.append(line)
          if let tip = miss.tip {
            lines.append(localizer(ReportText.textTip, ["tip": TerminalText.oneLine(tip)]))
          }
        }
        if weak.missed.count > Self.missesShown {
          lines.append(
            localizer(
              ReportText.textMoreMissed, count: weak.missed.count - Self.missesShown,
              ["command": "frontline review \(weak.attempt)"]))
        }
      }
    }
    lines.append("")
    lines.append(
      endedEarly.isEmpty
        ? localizer(ReportText.textEndedEarlyNone)
        : localizer(ReportText.textEndedEarly, count: endedEarly.count))
    for note in endedEarly {
      lines.append(
        localizer(
          ReportText.textEndedEarlyLine, count: note.turns,
          ["attempt": String(note.attempt), "date": day(note.startedAt), "scenario": note.scenario]))
    }
    lines.append(localizer(assistance.isEmpty ? ReportText.textAssistanceNone : ReportText.textAssistance))
    for help in assistance {
      var parts: [String] = []
      if help.hints > 0 { parts.append(localizer(ReportText.hintCount, count: help.hints)) }
      if !help.lookups.isEmpty {
        parts.append(
          localizer(ReportText.lookedUp, ["topics": localizer.list(help.lookups.map(TerminalText.oneLine))]))
      }
      lines.append(
        localizer(
          ReportText.textAssistanceLine,
          [
            "attempt": String(help.attempt), "date": day(help.startedAt), "scenario": help.scenario,
            "help": parts.joined(separator: localizer(ReportText.partsSeparator)),
          ]))
    }
    if !mostMissed.isEmpty {
      lines.append("")
      lines.append(localizer(ReportText.textMissedMostOften))
      for missed in mostMissed { lines += missed.textLines(localizer: localizer) }
    }
    if !history.isEmpty {
      lines.append("")
      lines.append(localizer(ReportText.textLatestAttempts))
      for entry in history {
        var line = localizer(
          ReportText.textHistoryLine,
          [
            "attempt": String(entry.id), "date": day(entry.startedAt), "scenario": entry.scenario,
            "verdict": localizer(entry.passed == true ? CommonText.pass : CommonText.fail),
            "score": entry.score.map(localizer.number) ?? "-",
          ])
        if let outcome = entry.outcome, outcome != .resolved {
          line += localizer(ReportText.textOutcome, ["outcome": localizer.outcome(outcome)])
        }
        if entry.overridden {
          line += localizer(
            ReportText.textOverridden, ["score": entry.originalScore.map(localizer.number) ?? "-"])
        }
        lines.append(line)
      }
    }
    let kinds = byKind.keys.sorted().map { key in
      (Self.kind(key, localizer: localizer), byKind[key]!)
    }
    let difficulties = byDifficulty.keys.sorted().map { key in
      (Self.difficulty(key, localizer: localizer), byDifficulty[key]!)
    }
    for (title, tallies) in [
      (localizer(ReportText.textByKind), kinds), (localizer(ReportText.textByDifficulty), difficulties),
    ] where !tallies.isEmpty {
      lines.append(title)
      for (name, tally) in tallies {
        lines.append(
          localizer(
            ReportText.textTally,
            ["name": name, "passed": String(tally.passed), "attempts": String(tally.attempts)]))
      }
    }
    return lines
  }

  /// `attempt`, `3 attempts`: the latest `attempt`, the latest `3 attempts`.
  static func count(_ attempts: Int, localizer: Localizer) -> String {
    localizer(ReportText.textLatestCount, count: attempts)
  }

  /// `2026-11-03 to 2026-11-20`, or one day.
  static func range(_ span: Span, localizer: Localizer) -> String {
    let from = TeamReport.day(span.from, localizer: localizer)
    let to = TeamReport.day(span.to, localizer: localizer)
    return from == to ? from : localizer(ReportText.textPeriodRange, ["from": from, "to": to])
  }

  /// A tally's kind (`byKind`'s key, a scenario kind's id) in words.
  static func kind(_ key: String, localizer: Localizer) -> String {
    ScenarioKind(rawValue: key).map(localizer.kind) ?? key
  }

  /// A tally's difficulty (`byDifficulty`'s key, `difficulty 2`) in words.
  static func difficulty(_ key: String, localizer: Localizer) -> String {
    guard let level = key.split(separator: " ").last.flatMap({ Int($0) }) else { return key }
    return localizer(ReportText.difficultyLevel, ["level": String(level)])
  }

  /// Text on one line in quotes, cut at ``quoted`` characters.
  static func quote(_ text: String) -> String {
    let line = TerminalText.oneLine(text)
    return "“" + (line.count > quoted ? String(line.prefix(quoted)) + "…" : line) + "”"
  }
}
