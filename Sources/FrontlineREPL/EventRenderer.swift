import FrontlineModel
import FrontlineReports
import FrontlineScoring
import FrontlineSimulation
import FrontlineTerminal
import FrontlineText

/// Turns conversation events into lines for the trainee: the customer's words with their mood,
/// feedback after each reply in practice mode, and the end-of-attempt summary.
public struct EventRenderer {
  public let style: TextStyle
  public let columns: Int
  public let localizer: Localizer

  public init(style: TextStyle, columns: Int, localizer: Localizer) {
    self.style = style
    self.columns = columns
    self.localizer = localizer
  }

  func safe(_ text: String) -> String { TerminalText.sanitize(text) }

  func wrapped(_ text: String, indent: String) -> [String] {
    safe(text).split(separator: "\n", omittingEmptySubsequences: false).flatMap {
      TerminalText.wrap(indent + $0, columns: columns, indent: indent)
    }
  }

  public func lines(_ event: ConversationEvent) -> [String] {
    switch event {
    case .customer(let name, let messages, let mood):
      var lines = [
        "",
        "\(style.bold(safe(name))) \(style.dim("(" + localizer(SessionText.moodLabel))) \(MoodDisplay.gauge(mood, style: style, localizer: localizer))\(style.dim(localizer(SessionText.moodClose)))",
      ]
      for message in messages { lines += wrapped(message, indent: "  ") }
      return lines
    case .moodChanged(let old, let new):
      let values = ["from": localizer.mood(old), "to": localizer.mood(new)]
      return new < old
        ? [style.red("  " + localizer(SessionText.customerAngrier, values))]
        : [style.green("  " + localizer(SessionText.customerCalmer, values))]
    case .scored(let turn, let shown):
      return shown ? feedback(turn) : [style.dim("  " + localizer(SessionText.examReplyRecorded))]
    case .transferSet(let department):
      guard let department else { return ["  " + localizer(SessionText.transferCancelled)] }
      return [
        "  " + localizer(SessionText.transferSet, ["department": safe(department.name), "id": department.id])
      ]
    case .unknownDepartment(let id, let suggestion):
      return [
        "  "
          + (suggestion.map { localizer(SessionText.unknownDepartmentGuess, ["id": safe(id), "guess": $0]) }
            ?? localizer(SessionText.unknownDepartment, ["id": safe(id)]))
      ]
    case .hint(let text):
      return wrapped(localizer(SessionText.hint, ["hint": text]), indent: "  ").map { style.cyan($0) }
    case .hintUnavailable:
      return ["  " + localizer(SessionText.noHintsInExam)]
    case .knowledge(let entries, let query):
      guard !entries.isEmpty else {
        return ["  " + localizer(SessionText.nothingInKnowledgeBase, ["query": safe(query ?? "")])]
      }
      var lines: [String] = []
      for entry in entries {
        lines.append("  " + style.bold(safe(entry.topic)))
        lines += wrapped(entry.text, indent: "    ")
      }
      return lines
    case .ended(let summary):
      return ending(summary)
    case .restarted:
      return ["", style.bold(localizer(SessionText.restarted))]
    case .abandoned:
      return ["  " + localizer(SessionText.abandoned)]
    case .notice(let text):
      return ["  " + text]
    }
  }

  /// `empathy 80 · accuracy 100 · routing N/A`, in the order every table shows them.
  func categoryLine(_ names: [String], score: (String) -> Double?) -> String {
    names.map { name in
      "\(localizer.category(name)) \(score(name).map(localizer.number) ?? localizer(CommonText.notApplicable))"
    }.joined(separator: localizer(CommonText.separator))
  }

  private func verdict(_ passed: Bool) -> String {
    passed ? style.green(localizer(CommonText.pass)) : style.red(localizer(CommonText.fail))
  }

  private func feedback(_ turn: TurnSummary) -> [String] {
    let score = turn.score
    var lines = [""]
    lines.append(
      "  "
        + localizer(
          SessionText.feedback,
          [
            "label": style.bold(localizer(SessionText.feedbackLabel)), "verdict": verdict(score.passed),
            "score": localizer(CommonText.scoreOutOf100, ["score": localizer.number(score.score)]),
            "categories": categoryLine(score.categoryOrder, score: score.category),
          ]))
    for result in score.criteria where result.isShown {
      if result.met {
        var line = "  \(style.green("✓")) \(safe(result.description))"
        if let evidence = result.evidence { line += style.dim(" — “\(safe(evidence))”") }
        lines.append(line)
      } else {
        let critical = result.critical ? style.red(localizer(SessionText.critical)) : ""
        lines.append(
          "  \(result.points > 0 ? style.yellow("~") : style.red("✗")) \(safe(result.description))\(critical)"
        )
        if let note = result.note { lines += wrapped(note, indent: "      ").map { style.dim($0) } }
        if let tip = result.tip {
          lines += wrapped(localizer(SessionText.tip, ["tip": tip]), indent: "      ").map { style.cyan($0) }
        }
      }
    }
    for note in score.notes {
      lines += wrapped(localizer(SessionText.note, ["note": note]), indent: "  ").map { style.yellow($0) }
    }
    return lines
  }

  private func ending(_ summary: AttemptSummary) -> [String] {
    var lines = [
      "",
      style.bold(
        localizer(SessionText.conversationOver, ["outcome": localizer.outcome(summary.ending.outcome)])),
    ]
    // In the order every table shows them (empathy, accuracy, routing, then others).
    let names = Category.ordered(summary.categories.keys).filter(summary.categories.keys.contains)
    let score = localizer(CommonText.scoreOutOf100, ["score": localizer.number(summary.score)])
    lines.append(
      names.isEmpty
        ? localizer(SessionText.result, ["verdict": verdict(summary.passed), "score": score])
        : localizer(
          SessionText.resultWithCategories,
          [
            "verdict": verdict(summary.passed), "score": score,
            "categories": categoryLine(names) { summary.categories[$0] ?? nil },
          ]))
    if summary.turns.isEmpty { lines.append(localizer(SessionText.noRepliesScored)) }
    if summary.ending.outcome == .endedEarly {
      let text =
        summary.closedAt.map { localizer(SessionText.closedEarlyAtStep, ["step": $0]) }
        ?? localizer(SessionText.closedEarly)
      lines += wrapped(text, indent: "")
    }
    if let strongest = summary.strongest, let weakest = summary.weakest,
      summary.turns[strongest].score.score != summary.turns[weakest].score.score
    {
      for (key, turn) in [
        (SessionText.strongestTurn, summary.turns[strongest]),
        (SessionText.weakestTurn, summary.turns[weakest]),
      ] {
        lines.append(
          localizer(
            key,
            ["turn": String(turn.index + 1), "step": turn.step, "score": localizer.number(turn.score.score)]))
      }
    }
    for turn in summary.turns where !turn.score.passed {
      let missed = turn.score.criteria.filter { $0.applicable && !$0.met }.map(\.description)
      if !missed.isEmpty {
        lines += wrapped(
          localizer(
            SessionText.turnMissed,
            [
              "turn": String(turn.index + 1),
              "missed": missed.joined(separator: localizer(SessionText.missedSeparator)),
            ]),
          indent: "  ")
      }
    }
    if !summary.exemplars.isEmpty {
      lines.append(localizer(SessionText.modelReply))
      for exemplar in summary.exemplars {
        lines.append("  \(style.bold(exemplar.step)):")
        lines += wrapped(exemplar.reply, indent: "    ")
      }
    }
    return lines
  }
}
