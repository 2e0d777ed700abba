/// What reading a line gave.
public enum LineResult: Equatable, Sendable {
  case line(String)
  /// Ctrl-C: the line was cleared.
  case interrupted
  /// Ctrl-D on an empty line, or the end of the input.
  case endOfInput
}

/// Where the session's input comes from: libedit on a terminal, plain lines otherwise, a script in
/// tests.
public protocol LineReader: AnyObject {
  /// Reads one line, showing `prompt` where prompts are shown; `remember` adds it to the history
  /// (commands and replies are remembered, answers to questions are not).
  func readLine(prompt: String, remember: Bool) -> LineResult
  /// Offers completions for the line being typed: given the text before the cursor, the words.
  var completer: (@Sendable (String) -> [String])? { get set }
  /// Whether the reader is interactive (a person at a terminal).
  var isInteractive: Bool { get }
}

extension LineReader {
  /// Reads one line and remembers it in the history.
  public func readLine(prompt: String) -> LineResult { readLine(prompt: prompt, remember: true) }
}

/// Plain lines from standard input: no prompt, no history, no escape codes, for scripts.
public final class PlainLineReader: LineReader {
  public var completer: (@Sendable (String) -> [String])?
  public let isInteractive = false

  public init() {}

  public func readLine(prompt: String, remember: Bool) -> LineResult {
    guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
    return .line(line)
  }
}

/// Lines from a script, for tests.
public final class ScriptedLineReader: LineReader {
  private var lines: [LineResult]
  public var completer: (@Sendable (String) -> [String])?
  public let isInteractive: Bool
  /// Every prompt shown, in order.
  public private(set) var prompts: [String] = []

  /// With `interactive`, the session behaves as at a terminal (it asks before closing early).
  public init(_ lines: [LineResult], interactive: Bool = false) {
    self.lines = lines
    isInteractive = interactive
  }

  public convenience init(lines: [String]) { self.init(lines.map(LineResult.line)) }

  public func readLine(prompt: String, remember: Bool) -> LineResult {
    prompts.append(prompt)
    return lines.isEmpty ? .endOfInput : lines.removeFirst()
  }
}
