import FrontlineTerminal
import FrontlineText

extension PracticeSession {
  /// The line that ends a reply written at the prompt, as in `mail`.
  static let composeEnd = "."

  /// `/compose`: a reply of several lines, such as an email. At a terminal with `$VISUAL` or `$EDITOR`
  /// set, it is written in that editor; otherwise it is typed or pasted at the prompt and ended by a
  /// line holding only `.`. The paragraphs are kept: the reply is scored, saved and shown as written.
  func compose() {
    guard let chat = active?.conversation else { return }
    let written: String?
    if reader.isInteractive, let editor {
      written = editorReply(editor, to: chat.scenario.customer.name, said: chat.customerMessages)
    } else {
      written = pastedReply()
    }
    guard let written else { return }
    let reply = Self.trimmingBlankLines(written)
    guard !reply.isEmpty else {
      say(["  " + localizer(SessionText.nothingWritten)])
      return
    }
    if refusesLongReply(reply) { return }
    if !reader.isInteractive || editor != nil {
      say(
        [localizer(SessionText.you)]
          + reply.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.isEmpty ? "" : "  " + TerminalText.sanitize(String($0))
          })
    }
    send(.reply(reply))
  }

  /// Lines up to one holding only `.`; `nil` when Ctrl-C cancels the reply. The end of the input ends
  /// the reply too, so nothing typed is lost.
  private func pastedReply() -> String? {
    if reader.isInteractive {
      say(["  " + localizer(SessionText.writeYourReply, ["end": Self.composeEnd])])
    }
    var lines: [String] = []
    while true {
      switch reader.readLine(prompt: "  … ", remember: false) {
      case .line(let line) where line.trimmingCharacters(in: .whitespaces) == Self.composeEnd:
        return lines.joined(separator: "\n")
      case .line(let line): lines.append(line)
      case .endOfInput: return lines.joined(separator: "\n")
      case .interrupted:
        say(["  " + localizer(SessionText.replyCancelled)])
        return nil
      }
    }
  }

  /// The reply written in `editor`, with the customer's last messages quoted as comments to answer;
  /// `nil` (with the reason said) when the editor fails.
  private func editorReply(_ editor: ExternalEditor, to customer: String, said: [String]) -> String? {
    var template = [
      "", "# " + localizer(SessionText.editorWriteAbove, ["customer": customer]),
      "# " + localizer(SessionText.editorSaveToSend),
    ]
    if !said.isEmpty {
      template += ["#", "# " + localizer(SessionText.editorCustomerWrote, ["customer": customer])]
      template += said.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false) }.map {
        "# > \($0)"
      }
    }
    do {
      let text = try editor.edit(template.joined(separator: "\n") + "\n")
      return text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("#") }
        .joined(separator: "\n")
    } catch {
      say(["  " + localizer(SessionText.editorFailed, ["error": TerminalText.sanitize(error.description)])])
      return nil
    }
  }

  /// The text without blank lines before and after it, and without trailing spaces on each line.
  static func trimmingBlankLines(_ text: String) -> String {
    var lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
      separator: "\n", omittingEmptySubsequences: false
    ).map { line in String(line.reversed().drop { $0 == " " || $0 == "\t" }.reversed()) }
    while lines.first?.isEmpty == true { lines.removeFirst() }
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines.joined(separator: "\n")
  }
}
