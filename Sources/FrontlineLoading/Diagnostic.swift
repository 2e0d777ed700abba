import FrontlineModel

/// One problem found in an authored file, located by line, column and JSON path.
public struct Diagnostic: Sendable, Equatable {
  /// Errors make a file unusable; warnings point at something worth fixing.
  public enum Severity: String, Sendable {
    case error
    case warning
  }

  public var severity: Severity
  /// The file's path as the user gave it.
  public var file: String
  /// Where in the file; `nil` for problems with the file as a whole (missing, unreadable).
  public var location: SourcePosition?
  public var message: String
  /// The JSON path of the value, e.g. `steps[2].next[0].goto`; empty for the whole file.
  public var path: JSONPath

  public init(
    _ severity: Severity, file: String, location: SourcePosition?, message: String,
    path: JSONPath = JSONPath()
  ) {
    self.severity = severity
    self.file = file
    self.location = location
    self.message = message
    self.path = path
  }

  /// The compiler-style line: `file:line:column: error: message (at steps[2].next[0].goto)`.
  public var formatted: String {
    var line = file
    if let location { line += ":\(location.line):\(location.column)" }
    line += ": \(severity.rawValue): \(message)"
    if !path.isEmpty { line += " (at \(path))" }
    return line
  }
}

/// A path to a value inside a JSON document, e.g. `steps[2].next[0].goto`.
public struct JSONPath: Sendable, Equatable, CustomStringConvertible {
  /// One step of a path.
  public enum Component: Sendable, Equatable {
    case key(String)
    case index(Int)
  }

  public var components: [Component]

  public init(_ components: [Component] = []) { self.components = components }

  public var isEmpty: Bool { components.isEmpty }

  /// This path extended by an object key.
  public func appending(_ key: String) -> JSONPath { JSONPath(components + [.key(key)]) }

  /// This path extended by an array index.
  public func appending(_ index: Int) -> JSONPath { JSONPath(components + [.index(index)]) }

  /// The path as written in messages; a key longer than ``Excerpt/maximumLength`` is shortened.
  public var description: String {
    var text = ""
    for component in components {
      switch component {
      case .key(let key): text += text.isEmpty ? Excerpt.of(key) : ".\(Excerpt.of(key))"
      case .index(let index): text += "[\(index)]"
      }
    }
    return text
  }
}
