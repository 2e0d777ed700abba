import FrontlineModel

/// Puts decoded files together into a library: duplicate ids across files, one ladder and one
/// department catalog, and every reference from one file into another.
struct LibraryAssembly {
  let files: [LoadedFile]
  private(set) var library = Library()
  private(set) var scenarioPaths: [String: String] = [:]
  private(set) var rubricPaths: [String: String] = [:]

  /// Scores a step's exemplar, when the caller can: what is wrong with it, or `nil`.
  var exemplarCheck: LibraryLoader.ExemplarCheck?

  init(files: [LoadedFile], exemplarCheck: LibraryLoader.ExemplarCheck? = nil) {
    self.files = files
    self.exemplarCheck = exemplarCheck
  }

  /// Builds the library and returns the diagnostics of the reported files.
  mutating func assemble() -> [Diagnostic] {
    var diagnostics = files.filter(\.reported).flatMap(\.diagnostics)
    var firstSpot: [String: SourceSpot] = [:]
    var ladderFile: String?
    var departmentsFile: String?
    var unusable: Set<String> = []
    for file in files {
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
      guard let content = file.content else {
        // A file with errors of its own still declares its id: a second file with that id is a
        // duplicate, and references to it are not called unknown.
        if let (kind, id) = file.declared, kind == .scenario || kind == .rubric, !duplicate(kind.rawValue, id)
        {
          unusable.insert("\(kind.rawValue):\(id)")
        }
        continue
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
    let resolver = ReferenceResolver(
      library: library, hasDepartmentCatalog: departmentsFile != nil, unusable: unusable)
    for file in files where file.reported {
      for pending in file.references {
        if let message = resolver.problem(with: pending.reference) {
          diagnostics.append(pending.spot.diagnostic(.error, message))
        }
      }
    }
    if let exemplarCheck {
      diagnostics += exemplarProblems(exemplarCheck)
    }
    return diagnostics
  }

  /// The exemplars of the reported scenarios that their own steps do not pass. A step whose rubrics
  /// did not load is left alone: its score would say nothing about the exemplar.
  private func exemplarProblems(_ check: LibraryLoader.ExemplarCheck) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for file in files where file.reported {
      guard case .scenario(let scenario) = file.content, scenarioPaths[scenario.id] == file.path else {
        continue
      }
      for step in scenario.steps {
        guard let spot = file.exemplarSpots[step.id],
          scenario.rubricIDs(for: step).allSatisfy({ library.rubric($0) != nil }),
          let problem = check(step, scenario, library)
        else { continue }
        diagnostics.append(spot.diagnostic(.error, problem))
      }
    }
    return diagnostics
  }
}
