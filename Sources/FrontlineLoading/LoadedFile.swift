import FrontlineModel

/// What one authored file decoded to.
enum AuthoredContent {
  case scenario(Scenario)
  case rubric(Rubric)
  case ladder(Ladder)
  case departments([Department])
}

/// One file after decoding: its content (when usable), its diagnostics, and its references to others.
struct LoadedFile {
  var path: String
  var content: AuthoredContent?
  var diagnostics: [Diagnostic]
  var references: [PendingReference]
  /// Where the file's `id` is written, for duplicate-id messages.
  var idSpot: SourceSpot?
  /// The kind and id the file declares, read even when the file has errors, so that duplicates are
  /// still found and other files' references to it are not called unknown.
  var declared: (kind: AuthoredKind, id: String)?
  /// Where each step's exemplar is written, by step id (scenarios only).
  var exemplarSpots: [String: SourceSpot] = [:]
  /// Whether the file's diagnostics are reported (files loaded only as context are not).
  var reported: Bool

  /// Reads, parses and decodes a file.
  static func load(_ path: String, reported: Bool) -> LoadedFile {
    switch FileReader.read(path) {
    case .failure(let problem):
      var file = LoadedFile(
        path: path, content: nil, diagnostics: [], references: [], idSpot: nil, reported: reported)
      file.diagnostics = [Diagnostic(.error, file: path, location: nil, message: problem.message)]
      return file
    case .success(let bytes):
      return decode(bytes, path: path, reported: reported)
    }
  }

  /// Parses and decodes a file's bytes; `path` names the file in diagnostics and tells its kind.
  static func decode(_ bytes: [UInt8], path: String, reported: Bool) -> LoadedFile {
    var file = LoadedFile(
      path: path, content: nil, diagnostics: [], references: [], idSpot: nil, reported: reported)
    let source = SourceText(bytes: bytes)
    if let problem = UTF8Check.firstProblem(in: bytes) {
      file.diagnostics = [
        Diagnostic(
          .error, file: path, location: source.location(of: problem.offset), message: problem.message)
      ]
      return file
    }
    let root: JSONNode
    var duplicateKeys: [JSONDuplicateKey] = []
    do {
      root = try JSONParser.parse(bytes, duplicateKeys: &duplicateKeys)
    } catch {
      file.diagnostics = [
        Diagnostic(
          .error, file: path, location: source.location(of: error.offset),
          message: "malformed JSON: \(error.message)")
      ]
      return file
    }
    let context = DecodeContext(file: path, source: source)
    for duplicate in duplicateKeys {
      let first = source.location(of: duplicate.firstOffset)
      context.error(
        "duplicate key '\(Excerpt.of(duplicate.key))': it is already set at line \(first.line), column "
          + "\(first.column); keep one, or the two values would silently disagree",
        at: duplicate.offset, path: duplicate.path)
    }
    let kind = AuthoredKind.detect(path: path, root: root)
    switch kind {
    case .scenario:
      file.content = ScenarioDecoder.decode(root, context: context).map(AuthoredContent.scenario)
    case .rubric: file.content = RubricDecoder.decode(root, context: context).map(AuthoredContent.rubric)
    case .ladder: file.content = LadderDecoder.decode(root, context: context).map(AuthoredContent.ladder)
    case .departments:
      file.content = DepartmentsDecoder.decode(root, context: context).map(AuthoredContent.departments)
    case nil:
      context.error(
        "cannot tell what this file is: a scenario has 'steps', a rubric 'criteria', a ladder 'levels', "
          + "a department catalog 'departments'", at: root.offset, path: JSONPath())
    }
    if case .object(let members) = root.value, let id = members.first(where: { $0.key == "id" }) {
      file.idSpot = context.spot(id.value.offset, JSONPath([.key("id")]))
      if let kind, case .string(let text) = id.value.value, !text.isEmpty {
        file.declared = (kind, text)
      }
    }
    file.diagnostics = context.diagnostics
    file.references = context.references
    file.exemplarSpots = context.exemplarSpots
    if context.hasErrors { file.content = nil }
    return file
  }
}
