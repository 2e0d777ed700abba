import FrontlineModel
import FrontlineReports
import FrontlineScoring
import FrontlineSimulation
import FrontlineTerminal

/// Turns conversation events into lines for the trainee: the customer's words with their mood,
/// feedback after each reply in practice mode, and the end-of-attempt summary.
public struct EventRenderer {
  public let style: TextStyle
  public let columns: Int

  public init(style: TextStyle, columns: Int) {
    self.style = style
    self.columns = columns
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
        "\(style.bold(safe(name))) \(style.dim("(mood:")) \(MoodDisplay.gauge(mood, style: style))\(style.dim(")"))",
      ]
      for message in messages { lines += wrapped(message, indent: "  ") }
      return lines
    case .moodChanged(let old, let new):
      let words = "\(old.name) → \(new.name)"
      return new < old
        ? [style.red("  The customer is getting angrier: \(words).")]
        : [style.green("  The customer is calmer: \(words).")]
    case .scored(let turn, let shown):
      return shown ? feedback(turn) : [style.dim("  (Reply recorded. Exam mode: feedback comes at the end.)")]
    case .transferSet(let department):
      guard let department else { return ["  No transfer with your next reply."] }
      return [
        "  Your next reply goes with a transfer to \(safe(department.name)) (\(department.id)). /transfer none cancels it."
      ]
    case .unknownDepartment(let id, let suggestion):
      return [
        "  There is no department '\(safe(id))'"
          + (suggestion.map { "; did you mean \($0)?" } ?? "; /help lists them.")
      ]
    case .hint(let text):
      return wrapped("Hint: " + text, indent: "  ").map { style.cyan($0) }
    case .hintUnavailable:
      return ["  No hints in exam mode."]
    case .knowledge(let entries, let query):
      guard !entries.isEmpty else {
        return ["  Nothing in the knowledge base about '\(safe(query ?? ""))'. /kb lists the topics."]
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
      return ["", style.bold("Starting again from the first message.")]
    case .abandoned:
      return ["  Conversation abandoned. It is kept in your history as abandoned."]
    case .notice(let text):
      return ["  " + text]
    }
  }

  private func feedback(_ turn: TurnSummary) -> [String] {
    let score = turn.score
    var lines = [""]
    let verdict = score.passed ? style.green("PASS") : style.red("FAIL")
    let categories = score.categoryOrder.map { name in
      "\(name) \(score.category(name).map(ReportNumber.format) ?? "N/A")"
    }.joined(separator: " · ")
    lines.append(
      "  \(style.bold("Feedback")): \(verdict) \(ReportNumber.format(score.score))/100 — \(categories)")
    for result in score.criteria where result.isShown {
      if result.met {
        var line = "  \(style.green("✓")) \(safe(result.description))"
        if let evidence = result.evidence { line += style.dim(" — “\(safe(evidence))”") }
        lines.append(line)
      } else {
        lines.append(
          "  \(result.points > 0 ? style.yellow("~") : style.red("✗")) \(safe(result.description))\(result.critical ? style.red(" (critical)") : "")"
        )
        if let note = result.note { lines += wrapped(note, indent: "      ").map { style.dim($0) } }
        if let tip = result.tip { lines += wrapped("Tip: " + tip, indent: "      ").map { style.cyan($0) } }
      }
    }
    for note in score.notes { lines += wrapped("Note: " + note, indent: "  ").map { style.yellow($0) } }
    return lines
  }

  private func ending(_ summary: AttemptSummary) -> [String] {
    var lines = ["", style.bold("── Conversation over: \(summary.ending.outcome.rawValue) ──")]
    let verdict = summary.passed ? style.green("PASS") : style.red("FAIL")
    // In the order every table shows them (empathy, accuracy, routing, then others).
    let names = Category.ordered(summary.categories.keys).filter(summary.categories.keys.contains)
    let categories = names.map { name in
      "\(name) \((summary.categories[name] ?? nil).map(ReportNumber.format) ?? "N/A")"
    }.joined(separator: " · ")
    lines.append(
      "Result: \(verdict) \(ReportNumber.format(summary.score))/100"
        + (categories.isEmpty ? "" : " — \(categories)"))
    if summary.turns.isEmpty { lines.append("No replies were scored.") }
    if summary.ending.outcome == .endedEarly {
      let step = summary.closedAt.map { " at step \($0)" } ?? ""
      lines += wrapped(
        "You closed the conversation\(step) before it reached an ending, with the customer's problem still open: "
          + "an attempt ended early fails and never counts towards a level. /end is for a customer who is done.",
        indent: "")
    }
    if let strongest = summary.strongest, let weakest = summary.weakest,
      summary.turns[strongest].score.score != summary.turns[weakest].score.score
    {
      let best = summary.turns[strongest]
      let worst = summary.turns[weakest]
      lines.append(
        "Strongest turn: #\(best.index + 1) (\(best.step), \(ReportNumber.format(best.score.score)))")
      lines.append(
        "Weakest turn: #\(worst.index + 1) (\(worst.step), \(ReportNumber.format(worst.score.score)))")
    }
    for turn in summary.turns where !turn.score.passed {
      let missed = turn.score.criteria.filter { $0.applicable && !$0.met }.map(\.description)
      if !missed.isEmpty {
        lines += wrapped("Turn #\(turn.index + 1) missed: " + missed.joined(separator: "; "), indent: "  ")
      }
    }
    if !summary.exemplars.isEmpty {
      lines.append("A model reply where you fell short:")
      for exemplar in summary.exemplars {
        lines.append("  \(style.bold(exemplar.step)):")
        lines += wrapped(exemplar.reply, indent: "    ")
      }
    }
    return lines
  }
}
