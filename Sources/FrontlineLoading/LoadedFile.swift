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
  /// Whether the file's diagnostics are reported (files loaded only as context are not).
  var reported: Bool

  /// Reads, parses and decodes a file.
  static func load(_ path: String, reported: Bool) -> LoadedFile {
    var file = LoadedFile(
      path: path, content: nil, diagnostics: [], references: [], idSpot: nil, reported: reported)
    let bytes: [UInt8]
    switch FileReader.read(path) {
    case .failure(let problem):
      file.diagnostics = [Diagnostic(.error, file: path, location: nil, message: problem.message)]
      return file
    case .success(let read):
      bytes = read
    }
    let source = SourceText(bytes: bytes)
    if let problem = UTF8Check.firstProblem(in: bytes) {
      file.diagnostics = [
        Diagnostic(
          .error, file: path, location: source.location(of: problem.offset), message: problem.message)
      ]
      return file
    }
    let root: JSONNode
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      file.diagnostics = [
        Diagnostic(
          .error, file: path, location: source.location(of: error.offset),
          message: "malformed JSON: \(error.message)")
      ]
      return file
    }
    let context = DecodeContext(file: path, source: source)
    switch AuthoredKind.detect(path: path, root: root) {
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
    }
    file.diagnostics = context.diagnostics
    file.references = context.references
    if context.hasErrors { file.content = nil }
    return file
  }
}
