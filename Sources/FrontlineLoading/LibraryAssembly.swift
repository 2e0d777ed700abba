import FrontlineModel

/// Puts decoded files together into a library: duplicate ids across files, one ladder and one
/// department catalog, and every reference from one file into another.
struct LibraryAssembly {
  let files: [LoadedFile]
  private(set) var library = Library()
  private(set) var scenarioPaths: [String: String] = [:]
  private(set) var rubricPaths: [String: String] = [:]

  init(files: [LoadedFile]) { self.files = files }

  /// Builds the library and returns the diagnostics of the reported files.
  mutating func assemble() -> [Diagnostic] {
    var diagnostics = files.filter(\.reported).flatMap(\.diagnostics)
    var firstSpot: [String: SourceSpot] = [:]
    var ladderFile: String?
    var departmentsFile: String?
    for file in files {
      guard let content = file.content else { continue }
      func duplicate(_ kind: String, _ id: String) -> Bool {
        let key = "\(kind):\(id)"
        guard let earlier = firstSpot[key] else {
          if let spot = file.idSpot { firstSpot[key] = spot }
          return false
        }
        if file.reported, let spot = file.idSpot {
          diagnostics.append(
            spot.diagnostic(
              .error,
              "duplicate \(kind) id '\(Excerpt.of(id))': also defined in \(earlier.file):\(earlier.location.line)"
            ))
        }
        return true
      }
      switch content {
      case .scenario(let scenario):
        guard !duplicate("scenario", scenario.id) else { continue }
        library.scenarios.append(scenario)
        scenarioPaths[scenario.id] = file.path
        let fileName = file.path.split(separator: "/").last.map(String.init) ?? file.path
        if file.reported, let spot = file.idSpot, fileName != "\(scenario.id).json" {
          diagnostics.append(
            spot.diagnostic(
              .warning, "the file name does not match the id; name it \(Excerpt.of(scenario.id)).json"))
        }
      case .rubric(let rubric):
        guard !duplicate("rubric", rubric.id) else { continue }
        library.rubrics.append(rubric)
        rubricPaths[rubric.id] = file.path
      case .ladder(let ladder):
        if let ladderFile {
          if file.reported {
            diagnostics.append(
              Diagnostic(
                .error, file: file.path, location: nil, message: "a second ladder; the first is \(ladderFile)"
              ))
          }
          continue
        }
        ladderFile = file.path
        library.ladder = ladder
      case .departments(let departments):
        if let departmentsFile {
          if file.reported {
            diagnostics.append(
              Diagnostic(
                .error, file: file.path, location: nil,
                message: "a second department catalog; the first is \(departmentsFile)"))
          }
          continue
        }
        departmentsFile = file.path
        library.departments = departments
      }
    }
    let resolver = ReferenceResolver(library: library, hasDepartmentCatalog: departmentsFile != nil)
    for file in files where file.reported {
      for pending in file.references {
        if let message = resolver.problem(with: pending.reference) {
          diagnostics.append(pending.spot.diagnostic(.error, message))
        }
      }
    }
    return diagnostics
  }
}
