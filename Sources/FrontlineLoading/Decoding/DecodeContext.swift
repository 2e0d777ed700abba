/// Collects the diagnostics of one file while it is decoded, so every problem is reported, not only
/// the first.
final class DecodeContext {
  let file: String
  let source: SourceText
  private(set) var diagnostics: [Diagnostic] = []
  /// Names of things in other files, checked once every file is loaded.
  var references: [PendingReference] = []
  /// Criterion ids named by message variants, checked against every step's scorecard once the whole
  /// scenario is read.
  var variantCriteria: [Located<String>] = []
  /// Where each step's exemplar is written, by step id, for checks that score it later.
  var exemplarSpots: [String: SourceSpot] = [:]

  init(file: String, source: SourceText) {
    self.file = file
    self.source = source
  }

  /// Records an error at a byte offset.
  func error(_ message: String, at offset: Int, path: JSONPath) {
    diagnostics.append(
      Diagnostic(.error, file: file, location: source.location(of: offset), message: message, path: path))
  }

  /// Records a warning at a byte offset.
  func warning(_ message: String, at offset: Int, path: JSONPath) {
    diagnostics.append(
      Diagnostic(.warning, file: file, location: source.location(of: offset), message: message, path: path))
  }

  /// Whether any error has been recorded.
  var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// A place in a file that a diagnostic can point at later, after all files are loaded.
struct SourceSpot: Sendable {
  var file: String
  var location: SourcePosition
  var path: JSONPath

  func diagnostic(_ severity: Diagnostic.Severity, _ message: String) -> Diagnostic {
    Diagnostic(severity, file: file, location: location, message: message, path: path)
  }
}

extension DecodeContext {
  /// A spot for a node, for checks made once every file is loaded.
  func spot(_ offset: Int, _ path: JSONPath) -> SourceSpot {
    SourceSpot(file: file, location: source.location(of: offset), path: path)
  }
}
